import { AutoComplete, Button, Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ImportColumnsTableFragment } from '../../../gql/graphql';
import { mappingDuplicate, type MappingRow } from '../utils/columnMapping';

export interface ColumnMappingEditorProps {
  // The documented columns of the chosen kind: what a file column can be read as.
  columns: Pick<ImportColumnsTableFragment, 'name' | 'required'>[];
  // The file's own column names, when they could be read, to choose from.
  fileColumns: string[] | null;
}

// ColumnMappingEditor edits the form's "mapping" list: rows of a file
// column and the documented column it is read as. Each side may be named
// once only.
export function ColumnMappingEditor({ columns, fileColumns }: ColumnMappingEditorProps) {
  const { t } = useTranslation();
  const k = (key: string, options?: Record<string, string>) => t(`pages.imports.form.${key}`, options);
  return (
    <Form.List
      name="mapping"
      rules={[
        {
          validator: async (_, rows?: MappingRow[]) => {
            const duplicate = mappingDuplicate(rows);
            if (duplicate) throw new Error(k(duplicate.side === 'from' ? 'mappingDuplicateFrom' : 'mappingDuplicateTo', { name: duplicate.name }));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="import-mapping">
          {fields.map(({ key, name }) => (
            <Row key={key} gutter={8} align="top" data-testid="import-mapping-row">
              <Col span={10}>
                <Form.Item name={[name, 'from']} rules={[{ required: true, whitespace: true, message: k('mappingFromRequired') }]}>
                  <AutoComplete
                    aria-label={k('mappingFrom')}
                    placeholder={k('mappingFrom')}
                    options={(fileColumns ?? []).filter((c) => c !== '').map((c) => ({ value: c }))}
                    showSearch={{ filterOption: (input, option) => String(option?.value ?? '').toLowerCase().includes(input.toLowerCase()) }}
                  />
                </Form.Item>
              </Col>
              <Col span={10}>
                <Form.Item name={[name, 'to']} rules={[{ required: true, message: k('mappingToRequired') }]}>
                  <Select
                    aria-label={k('mappingTo')}
                    placeholder={k('mappingTo')}
                    showSearch
                    options={columns.map((c) => ({ value: c.name, label: c.required ? `${c.name} *` : c.name }))}
                  />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Button type="link" danger onClick={() => remove(name)} style={{ paddingInline: 0 }}>
                  {k('mappingRemove')}
                </Button>
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" onClick={() => add({})} data-testid="import-mapping-add">
            {k('mappingAdd')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
