import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import type { CustomerStatus } from '../../../gql/graphql';
import { CHANGE_CLIENT_STATUS } from '../graphql/changeClientStatus';
import { evictClientFields } from '../utils/evictClientFields';

const STATUSES: CustomerStatus[] = ['NORMAL', 'FROZEN', 'REPORTED_LOST', 'CLOSED', 'POTENTIAL'];

interface Values {
  status: CustomerStatus;
  reason: string;
}

export interface ChangeStatusModalProps {
  clientId: string;
  status: CustomerStatus;
  open: boolean;
  onClose: () => void;
}

// ChangeStatusModal changes the client's status with a reason, kept in the
// status history. Which changes are allowed is the server's rule (CLOSED
// is final, POTENTIAL becomes NORMAL only with an account); its message is
// shown as it says it.
export function ChangeStatusModal({ clientId, status, open, onClose }: ChangeStatusModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<unknown>(null);
  // The answer carries the new status, which updates the header; the
  // change is also a new item of the timeline.
  const [change, { loading }] = useMutation(CHANGE_CLIENT_STATUS, {
    update: (cache) => evictClientFields(cache, clientId, ['timeline', 'statusChanges']),
  });

  async function onFinish(values: Values) {
    setFailure(null);
    try {
      await change({ variables: { clientId, status: values.status, reason: values.reason.trim() } });
      void message.success(t('pages.clientDetail.changeStatus.saved'));
      onClose();
    } catch (err) {
      setFailure(err);
    }
  }

  return (
    <Modal
      open={open}
      title={t('pages.clientDetail.changeStatus.title')}
      okText={t('pages.clientDetail.changeStatus.submit')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => setFailure(null)}
      destroyOnHidden
    >
      {failure !== null && <ErrorAlert error={failure} />}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} data-testid="change-status-form">
        <Form.Item
          name="status"
          label={t('pages.clientDetail.changeStatus.status')}
          rules={[{ required: true, message: t('pages.clientDetail.changeStatus.statusRequired') }]}
        >
          <Select options={STATUSES.filter((s) => s !== status).map((s) => ({ value: s, label: t(`enums.status.${s}`) }))} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('pages.clientDetail.changeStatus.reason')}
          rules={[{ required: true, whitespace: true, message: t('pages.clientDetail.changeStatus.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
