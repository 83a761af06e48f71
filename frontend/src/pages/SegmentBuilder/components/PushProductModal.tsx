import { useMutation, useQuery } from '@apollo/client/react';
import { Descriptions, Form, Input, Modal, Result, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import type { PushChannel, PushProductToSegmentMutation } from '../../../gql/graphql';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { ORDER_PRODUCTS } from '../../../orders/graphql/orderProducts';
import { productSearch } from '../../../products/utils/productSearch';
import { nodes } from '../../../utils/nodes';
import { PUSH_PRODUCT_TO_SEGMENT } from '../graphql/pushProductToSegment';

const CHANNELS: PushChannel[] = ['APP', 'SMS', 'WECHAT', 'EMAIL', 'PHONE'];
const RESULTS = 20;

interface Values {
  productId: string;
  channel: PushChannel;
  message?: string;
}

export interface PushProductModalProps {
  segmentId: string;
  onClose: () => void;
}

// PushProductModal uses the segment as a campaign's target: a product on
// sale is pushed to every member the viewer serves to whom it is suitable,
// and the dialog then says how many got it and how many were left out as
// unsuitable. Mount it for each opening.
export function PushProductModal({ segmentId, onClose }: PushProductModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim());
  const search = productSearch(query);
  const products = useQuery(ORDER_PRODUCTS, { variables: { first: RESULTS, where: { and: [{ status: 'PUBLISHED' }, ...(search ? [search] : [])] } } });
  const [push, { loading }] = useMutation(PUSH_PRODUCT_TO_SEGMENT);
  const [result, setResult] = useState<PushProductToSegmentMutation['pushProductToSegment'] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const k = (key: string) => t(`pages.segmentBuilder.push.${key}`);

  async function onFinish(values: Values) {
    setFailure(null);
    try {
      const { data } = await push({
        variables: { segmentId, productId: values.productId, channel: values.channel, message: values.message?.trim() || null },
      });
      if (data) setResult(data.pushProductToSegment);
    } catch (err) {
      setFailure(err);
    }
  }

  return (
    <Modal
      open
      title={k('title')}
      okText={result ? k('close') : k('ok')}
      confirmLoading={loading}
      onOk={() => (result ? onClose() : form.submit())}
      onCancel={onClose}
      cancelButtonProps={result ? { style: { display: 'none' } } : undefined}
      destroyOnHidden
    >
      {result ? (
        <Result
          status="success"
          title={k('done')}
          subTitle={
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'pushed', label: k('pushed'), children: <span data-testid="push-pushed">{result.pushed}</span> },
                { key: 'unsuitable', label: k('unsuitable'), children: <span data-testid="push-unsuitable">{result.unsuitable}</span> },
              ]}
            />
          }
        />
      ) : (
        <>
          {failure !== null && <ErrorAlert error={failure} />}
          <Form form={form} layout="vertical" initialValues={{ channel: 'APP' }} onFinish={onFinish} data-testid="push-form">
            <Form.Item name="productId" label={k('product')} rules={[{ required: true, message: k('productRequired') }]}>
              <Select
                showSearch={{ filterOption: false, onSearch: setText }}
                placeholder={k('productSearch')}
                loading={products.loading}
                options={nodes(products.data?.products).map((p) => ({
                  value: p.id,
                  label: `${p.code} ${p.name} · ${t(`enums.riskLevel.${p.riskLevel}`)}`,
                }))}
                data-testid="push-product"
              />
            </Form.Item>
            <Form.Item name="channel" label={k('channel')}>
              <Select options={CHANNELS.map((c) => ({ value: c, label: t(`enums.pushChannel.${c}`) }))} />
            </Form.Item>
            <Form.Item name="message" label={k('message')} rules={[{ max: 500 }]}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
