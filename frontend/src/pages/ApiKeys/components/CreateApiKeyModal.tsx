import { useMutation, useQuery } from '@apollo/client/react';
import { Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import type { ApiScope } from '../../../gql/graphql';
import { nodes } from '../../../utils/nodes';
import { API_KEY_BRANCHES } from '../graphql/apiKeyChoices';
import { API_KEYS } from '../graphql/apiKeys';
import { CREATE_API_KEY } from '../graphql/createApiKey';
import { createKeyInput, type ApiKeyFormValues } from '../utils/createKeyInput';
import { OwnerPicker } from './OwnerPicker';

const SCOPES: ApiScope[] = ['CLIENTS_READ', 'CLIENTS_PII', 'CLIENTS_WRITE', 'PRODUCTS_READ', 'PRODUCTS_WRITE', 'ORDERS_READ', 'ORDERS_WRITE', 'IMPORTS_WRITE'];

export interface CreateApiKeyModalProps {
  open: boolean;
  onCancel: () => void;
  // Called with the new key, which the server returns this once.
  onCreated: (secret: string) => void;
}

// CreateApiKeyModal is the form that creates a key for a partner app.
export function CreateApiKeyModal({ open, onCancel, onCreated }: CreateApiKeyModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ApiKeyFormValues>();
  const [failure, setFailure] = useState<unknown>(null);
  const branches = useQuery(API_KEY_BRANCHES, { skip: !open });
  // no-cache: the answer holds the secret, which must not linger in the
  // Apollo cache; the list is fetched again instead.
  const [create, { loading }] = useMutation(CREATE_API_KEY, { fetchPolicy: 'no-cache', refetchQueries: [API_KEYS] });

  async function onFinish(values: ApiKeyFormValues) {
    setFailure(null);
    try {
      const { data } = await create({ variables: { input: createKeyInput(values) } });
      if (!data) return;
      form.resetFields();
      onCreated(data.createAPIKey.key);
    } catch (err) {
      setFailure(err);
    }
  }

  return (
    <Modal
      open={open}
      title={t('pages.apiKeys.create')}
      okText={t('pages.apiKeys.createOk')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      width={640}
    >
      {failure !== null && <ErrorAlert error={failure} />}
      <Form<ApiKeyFormValues> form={form} layout="vertical" onFinish={onFinish} initialValues={{ scopes: [], allowlistOnly: false }}>
        <Form.Item name="name" label={t('pages.apiKeys.name')} rules={[{ required: true, whitespace: true, message: t('pages.apiKeys.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="ownerId" label={t('pages.apiKeys.owner')} extra={t('pages.apiKeys.ownerHelp')} rules={[{ required: true, message: t('pages.apiKeys.required') }]}>
          <OwnerPicker />
        </Form.Item>
        <Form.Item name="scopes" label={t('pages.apiKeys.scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('pages.apiKeys.scopesRequired') }]}>
          <Checkbox.Group options={SCOPES.map((s) => ({ value: s, label: t(`enums.apiScope.${s}`) }))} />
        </Form.Item>
        <Form.Item name="branchId" label={t('pages.apiKeys.branch')} extra={t('pages.apiKeys.branchHelp')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('pages.apiKeys.allBranches')}
            options={nodes(branches.data?.branches).map((b) => ({ value: b.id, label: b.name }))}
          />
        </Form.Item>
        <Form.Item name="allowlistOnly" label={t('pages.apiKeys.allowlistOnly')} extra={t('pages.apiKeys.allowlistHelp')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="ratePerMinute" label={t('pages.apiKeys.rate')} extra={t('pages.apiKeys.rateHelp')}>
          <InputNumber min={1} max={100000} precision={0} placeholder="600" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="expiresOn" label={t('pages.apiKeys.expiresAt')} extra={t('pages.apiKeys.expiresHelp')}>
          <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
