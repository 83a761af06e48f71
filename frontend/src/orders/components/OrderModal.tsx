import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Form, Input, Modal, Result, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../components/ErrorAlert';
import type { PlaceOrderInput, PlaceOrderMutation, SuitabilityRecordChannel, SuitabilityReason } from '../../gql/graphql';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { SEARCH_CLIENTS } from '../../layouts/graphql/searchClients';
import { productSearch } from '../../products/utils/productSearch';
import { errorCode, serverMessage } from '../../utils/errors';
import { ORDER_PRODUCTS } from '../graphql/orderProducts';
import { PLACE_ORDER } from '../graphql/placeOrder';
import { localized } from '../../utils/localized';
import { newOrderKey, validAmount } from '../utils/orderKey';
import { orderStep } from '../utils/orderStep';
import { OrderCard } from './OrderCard';

const RESULTS = 10;

interface Values {
  clientId?: string;
  productId?: string;
  amount: string;
}

export interface OrderModalProps {
  // The client ordering; without it, the advisor chooses one of theirs.
  clientId?: string;
  // The product bought; without it, one on sale is chosen.
  product?: { id: string; name: string };
  channel?: SuitabilityRecordChannel;
  onClose: () => void;
}

// OrderModal places an order with its suitability check (placeOrder): the
// amount, then, for a mismatch the investor may still insist on, the special
// risk warning and their confirmation, and the outcome. Mount it for each
// opening: the idempotency key is that opening's.
export function OrderModal({ clientId, product, channel, onClose }: OrderModalProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [key] = useState(newOrderKey);
  const [input, setInput] = useState<PlaceOrderInput | null>(null);
  const [result, setResult] = useState<PlaceOrderMutation['placeOrder'] | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [clientText, setClientText] = useState('');
  const [productText, setProductText] = useState('');
  const clientQuery = useDebouncedValue(clientText.trim());
  const productQuery = useDebouncedValue(productText.trim());
  const clients = useQuery(SEARCH_CLIENTS, { variables: { query: clientQuery, first: RESULTS }, skip: !!clientId || clientQuery === '' });
  const search = productSearch(productQuery);
  const products = useQuery(ORDER_PRODUCTS, {
    variables: { first: RESULTS, where: { and: [{ status: 'PUBLISHED' }, ...(search ? [search] : [])] } },
    skip: !!product,
  });
  const [place, { loading }] = useMutation(PLACE_ORDER);

  async function send(next: PlaceOrderInput) {
    setFailure(null);
    try {
      const { data } = await place({ variables: { input: next } });
      if (data) setResult(data.placeOrder);
    } catch (err) {
      setFailure(err);
    }
  }

  function onFinish(values: Values) {
    const next: PlaceOrderInput = {
      clientId: clientId ?? values.clientId ?? '',
      productId: product?.id ?? values.productId ?? '',
      amount: values.amount.trim(),
      idempotencyKey: key,
      ...(channel ? { channel } : {}),
    };
    setInput(next);
    void send(next);
  }

  const step = result ? orderStep(result) : null;
  const reasons = (result?.reasons ?? []).map((r: SuitabilityReason) => (
    <li key={r} data-testid="order-reason">
      {t(`enums.suitabilityReason.${r}`)}
    </li>
  ));

  let body;
  let footer;
  if (step === 'placed' && result?.order) {
    body = (
      <Result status="success" title={t('pages.order.placedTitle')} data-testid="order-placed">
        <OrderCard order={result.order} />
      </Result>
    );
    footer = <Button onClick={onClose}>{t('pages.order.close')}</Button>;
  } else if (step === 'refused') {
    body = (
      <Result status="error" title={t('pages.order.refusedTitle')} data-testid="order-refused">
        <Typography.Paragraph>{t('pages.order.refused')}</Typography.Paragraph>
        <ul>{reasons}</ul>
      </Result>
    );
    footer = <Button onClick={onClose}>{t('pages.order.close')}</Button>;
  } else if (step === 'confirm' && result && input) {
    body = (
      <Space vertical style={{ width: '100%' }} data-testid="order-warning">
        <Alert
          type="warning"
          showIcon
          title={t('pages.order.warningTitle')}
          description={
            <>
              <Typography.Paragraph>{t('pages.order.mismatch')}</Typography.Paragraph>
              <ul>{reasons}</ul>
              {result.warning && <Typography.Paragraph data-testid="order-warning-text">{localized(result.warning, i18n.language)}</Typography.Paragraph>}
            </>
          }
        />
        {result.confirmationExpiresAt && (
          <Typography.Text type="secondary">
            {t('pages.order.confirmExpires', { time: dayjs(result.confirmationExpiresAt).format('YYYY-MM-DD HH:mm') })}
          </Typography.Text>
        )}
        <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-testid="order-confirm-check">
          {t('pages.order.confirm')}
        </Checkbox>
      </Space>
    );
    footer = (
      <Space>
        <Button onClick={onClose}>{t('pages.order.close')}</Button>
        <Button
          type="primary"
          danger
          disabled={!confirmed}
          loading={loading}
          onClick={() => void send({ ...input, confirmation: result.confirmationToken })}
          data-testid="order-confirm"
        >
          {t('pages.order.confirmSubmit')}
        </Button>
      </Space>
    );
  } else {
    body = (
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} data-testid="order-form">
        {!clientId && (
          <Form.Item name="clientId" label={t('pages.order.client')} rules={[{ required: true, message: t('pages.order.clientRequired') }]}>
            <Select
              showSearch={{ filterOption: false, onSearch: setClientText }}
              placeholder={t('pages.order.clientSearch')}
              loading={clients.loading}
              options={(clients.data?.searchClients.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.name} ${node.clientNo}` }))}
              data-testid="order-client"
            />
          </Form.Item>
        )}
        {!product && (
          <Form.Item name="productId" label={t('pages.order.product')} rules={[{ required: true, message: t('pages.order.productRequired') }]}>
            <Select
              showSearch={{ filterOption: false, onSearch: setProductText }}
              placeholder={t('pages.order.productSearch')}
              loading={products.loading}
              options={(products.data?.products.edges ?? []).flatMap((e) =>
                e?.node ? [{ value: e.node.id, label: `${e.node.code} ${e.node.name} · ${t(`enums.riskLevel.${e.node.riskLevel}`)}` }] : [],
              )}
              data-testid="order-product"
            />
          </Form.Item>
        )}
        <Form.Item
          name="amount"
          label={t('pages.order.amount')}
          rules={[
            { required: true, message: t('pages.order.amountRequired') },
            { validator: (_, v: string | undefined) => (!v || validAmount(v) ? Promise.resolve() : Promise.reject(new Error(t('pages.order.amountInvalid')))) },
          ]}
        >
          <Input inputMode="decimal" data-testid="order-amount" />
        </Form.Item>
      </Form>
    );
    footer = (
      <Space>
        <Button onClick={onClose}>{t('pages.order.close')}</Button>
        <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="order-submit">
          {t('pages.order.submit')}
        </Button>
      </Space>
    );
  }

  return (
    <Modal
      open
      title={product ? t('pages.order.title', { name: product.name }) : t('pages.order.titleNoProduct')}
      onCancel={onClose}
      footer={footer}
      destroyOnHidden
    >
      {failure !== null &&
        (errorCode(failure) === 'CONFLICT' ? (
          <Alert type="error" showIcon title={t('pages.order.saleError', { message: serverMessage(failure) })} style={{ marginBottom: 16 }} data-testid="order-error" />
        ) : (
          <ErrorAlert error={failure} />
        ))}
      {body}
    </Modal>
  );
}
