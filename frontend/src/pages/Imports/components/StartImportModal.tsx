import { useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Col, Form, Modal, Row, Select, Space, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import type { ImportJobEncoding, ImportJobFormat, ImportJobRowFragment } from '../../../gql/graphql';
import { uploadMutation } from '../../../utils/uploadMutation';
import { IMPORT_KINDS } from '../graphql/importKinds';
import { START_IMPORT } from '../graphql/startImport';
import { columnMapping, type MappingRow } from '../utils/columnMapping';
import { readFileHeader } from '../utils/fileHeader';
import { missingColumns } from '../utils/missingColumns';
import { startImportInput, type StartImportFormValues } from '../utils/startImportInput';
import { ColumnMappingEditor } from './ColumnMappingEditor';
import { ImportColumnsTable } from './ImportColumnsTable';

const FORMATS: ImportJobFormat[] = ['CSV', 'NDJSON'];
const ENCODINGS: ImportJobEncoding[] = ['UTF8', 'GB18030'];
const INITIAL: StartImportFormValues = { files: [], format: '', encoding: '', dryRun: false, mapping: [] };

export interface StartImportModalProps {
  open: boolean;
  onCancel: () => void;
  // Called with the job the server started.
  onStarted: (job: ImportJobRowFragment) => void;
}

// StartImportModal uploads a file from a core system and starts its
// import: the kind of data, the file, how to read it, and which of its
// columns is which. It shows the columns the chosen kind documents and,
// when the file's header can be read here, the required ones it lacks.
export function StartImportModal({ open, onCancel, onStarted }: StartImportModalProps) {
  const { t } = useTranslation();
  const k = (key: string, options?: Record<string, string>) => t(`pages.imports.form.${key}`, options);
  const [form] = Form.useForm<StartImportFormValues>();
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [header, setHeader] = useState<string[] | null>(null);
  const kinds = useQuery(IMPORT_KINDS, { skip: !open });

  const kind = Form.useWatch('kind', form);
  const files = Form.useWatch('files', form);
  const format = Form.useWatch('format', form);
  const encoding = Form.useWatch('encoding', form);
  const mapping = Form.useWatch('mapping', form);
  const columns = kinds.data?.importKinds.find((info) => info.kind === kind)?.columns ?? [];
  const file = files?.[0]?.originFileObj;

  // The file's header, read here to offer its columns and name those missing.
  useEffect(() => {
    let current = true;
    setHeader(null);
    if (file) void readFileHeader(file, format || undefined, encoding || undefined).then((names) => current && setHeader(names));
    return () => {
      current = false;
    };
  }, [file, format, encoding]);
  const missing = header && columns.length ? missingColumns(header, columns, columnMapping(mapping).filter((m) => m.from && m.to)) : [];

  async function onFinish(values: StartImportFormValues) {
    const input = startImportInput(values);
    if (!input) return;
    setFailure(null);
    setSending(true);
    try {
      const data = await uploadMutation(START_IMPORT, { input });
      form.resetFields();
      onStarted(data.startImport);
    } catch (err) {
      setFailure(err);
    } finally {
      setSending(false);
    }
  }

  // Another kind documents other columns: a mapping to one it lacks is cleared.
  function onValuesChange(changed: StartImportFormValues) {
    if (!changed.kind) return;
    const names = new Set(kinds.data?.importKinds.find((info) => info.kind === changed.kind)?.columns.map((c) => c.name));
    const rows: MappingRow[] = form.getFieldValue('mapping') ?? [];
    form.setFieldValue(
      'mapping',
      rows.map((row) => (row?.to && !names.has(row.to) ? { ...row, to: undefined } : row)),
    );
  }

  return (
    <Modal
      open={open}
      title={k('title')}
      okText={k('submit')}
      confirmLoading={sending}
      onOk={() => form.submit()}
      onCancel={() => {
        setFailure(null);
        onCancel();
      }}
      destroyOnHidden
      width={860}
    >
      {failure !== null && <ErrorAlert error={failure} />}
      {kinds.error && <ErrorAlert error={kinds.error} />}
      <Form<StartImportFormValues>
        form={form}
        layout="vertical"
        initialValues={INITIAL}
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        data-testid="import-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={k('kind')} rules={[{ required: true, message: k('kindRequired') }]}>
              <Select
                loading={kinds.loading}
                options={(kinds.data?.importKinds ?? []).map((info) => ({ value: info.kind, label: t(`enums.importJobKind.${info.kind}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="files"
              label={k('file')}
              extra={k('fileHelp')}
              valuePropName="fileList"
              getValueFromEvent={(e: { fileList?: StartImportFormValues['files'] }) => e?.fileList?.slice(-1) ?? []}
              rules={[{ required: true, type: 'array', min: 1, message: k('fileRequired') }]}
            >
              {/* Kept in the form, not uploaded: the file goes with startImport. */}
              <Upload beforeUpload={() => false} maxCount={1} accept=".csv,.txt,.ndjson,.jsonl" data-testid="import-file">
                <Button>{k('chooseFile')}</Button>
              </Upload>
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="format" label={k('format')}>
              <Select
                options={[
                  { value: '', label: k('formatAuto') },
                  ...FORMATS.map((f) => ({ value: f, label: t(`enums.importJobFormat.${f}`) })),
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="encoding" label={k('encoding')}>
              <Select
                options={[
                  { value: '', label: k('encodingAuto') },
                  ...ENCODINGS.map((e) => ({ value: e, label: t(`enums.importJobEncoding.${e}`) })),
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="dryRun" label=" " valuePropName="checked" extra={k('dryRunHelp')}>
              <Checkbox data-testid="import-dry-run">{k('dryRun')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        {header && (
          <Typography.Paragraph type="secondary" data-testid="import-file-columns">
            {k('fileColumns', { columns: header.join(', ') })}
          </Typography.Paragraph>
        )}
        {missing.length > 0 && (
          <Alert type="warning" showIcon title={k('missingColumns', { columns: missing.join(', ') })} style={{ marginBottom: 16 }} data-testid="import-missing-columns" />
        )}
        {columns.length > 0 && (
          <Space vertical size="middle" style={{ width: '100%' }}>
            <div>
              <Typography.Title level={5}>{k('columns')}</Typography.Title>
              <ImportColumnsTable columns={columns} />
            </div>
            <div>
              <Typography.Title level={5}>{k('mapping')}</Typography.Title>
              <Typography.Paragraph type="secondary">{k('mappingHelp')}</Typography.Paragraph>
              <ColumnMappingEditor columns={columns} fileColumns={header} />
            </div>
          </Space>
        )}
      </Form>
    </Modal>
  );
}
