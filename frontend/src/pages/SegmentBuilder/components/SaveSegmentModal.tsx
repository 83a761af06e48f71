import { Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import type { SavedSegmentVisibility } from '../../../gql/graphql';

const VISIBILITIES: SavedSegmentVisibility[] = ['PRIVATE', 'BRANCH', 'ALL'];

export interface SegmentFormValues {
  name: string;
  description?: string;
  visibility: SavedSegmentVisibility;
}

export interface SaveSegmentModalProps {
  open: boolean;
  initialValues: SegmentFormValues;
  saving: boolean;
  // A failure that names no condition, to show in the dialog.
  failure: unknown;
  onSave: (values: SegmentFormValues) => void;
  onCancel: () => void;
}

// SaveSegmentModal asks what to save the segment as: its name, a
// description, and whom it is shared with.
export function SaveSegmentModal({ open, initialValues, saving, failure, onSave, onCancel }: SaveSegmentModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SegmentFormValues>();
  const k = (key: string) => t(`pages.segmentBuilder.save.${key}`);
  return (
    <Modal
      open={open}
      title={k('title')}
      okText={k('ok')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      {failure !== null && <ErrorAlert error={failure} />}
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={onSave} data-testid="segment-save-form">
        <Form.Item name="name" label={k('name')} rules={[{ required: true, whitespace: true, message: k('nameRequired') }, { max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={k('description')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item name="visibility" label={k('visibility')}>
          <Radio.Group options={VISIBILITIES.map((v) => ({ value: v, label: t(`enums.savedSegmentVisibility.${v}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
