import { useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import type { InteractionChannel, InteractionKind, LogInteractionInput } from '../../../gql/graphql';
import { CLIENT } from '../graphql/client';
import { LOG_INTERACTION } from '../graphql/logInteraction';
import { evictClientFields } from '../utils/evictClientFields';

const CHANNELS: InteractionChannel[] = ['PHONE', 'VISIT', 'WECHAT', 'SMS', 'EMAIL', 'APP', 'BRANCH'];
const KINDS: InteractionKind[] = ['SERVICE', 'MARKETING', 'CONSULTATION', 'COMPLAINT', 'RISK_DISCLOSURE'];

interface Values {
  channel: InteractionChannel;
  kind: InteractionKind;
  summary: string;
  occurredAt: Dayjs;
  followUpOn?: Dayjs | null;
}

export interface LogInteractionModalProps {
  clientId: string;
  open: boolean;
  onClose: () => void;
}

// LogInteractionModal records a contact with the client (留痕). Left as
// it is, the time is omitted and the server records its own now, so a
// clock running ahead never makes the contact "in the future".
export function LogInteractionModal({ clientId, open, onClose }: LogInteractionModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<unknown>(null);
  const [log, { loading }] = useMutation(LOG_INTERACTION, {
    // The contact is new history: the timeline and the service records
    // start again from the top; the header's last contact is fetched anew.
    update: (cache) => evictClientFields(cache, clientId, ['timeline', 'interactions']),
    refetchQueries: [CLIENT],
  });

  async function onFinish(values: Values) {
    setFailure(null);
    const input: LogInteractionInput = {
      clientId,
      channel: values.channel,
      kind: values.kind,
      summary: values.summary.trim(),
      occurredAt: form.isFieldTouched('occurredAt') ? values.occurredAt.format() : undefined,
      followUpOn: values.followUpOn ? values.followUpOn.format('YYYY-MM-DD') : undefined,
    };
    try {
      await log({ variables: { input } });
      void message.success(t('pages.clientDetail.logContact.saved'));
      onClose();
    } catch (err) {
      setFailure(err);
    }
  }

  return (
    <Modal
      open={open}
      title={t('pages.clientDetail.logContact.title')}
      okText={t('pages.clientDetail.logContact.submit')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => setFailure(null)}
      destroyOnHidden
    >
      {failure !== null && <ErrorAlert error={failure} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ channel: 'PHONE', kind: 'SERVICE', occurredAt: dayjs() }}
        data-testid="log-contact-form"
      >
        <Form.Item name="channel" label={t('pages.clientDetail.logContact.channel')} rules={[{ required: true }]}>
          <Select options={CHANNELS.map((c) => ({ value: c, label: t(`enums.interactionChannel.${c}`) }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('pages.clientDetail.logContact.kind')} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`enums.interactionKind.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('pages.clientDetail.logContact.summary')}
          rules={[{ required: true, whitespace: true, message: t('pages.clientDetail.logContact.summaryRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="occurredAt" label={t('pages.clientDetail.logContact.occurredAt')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="followUpOn" label={t('pages.clientDetail.logContact.followUpOn')} extra={t('pages.clientDetail.logContact.followUpHelp')}>
          <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
