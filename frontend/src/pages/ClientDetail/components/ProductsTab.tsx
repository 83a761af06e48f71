import { useQuery } from '@apollo/client/react';
import { Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import type { ClientProductsQuery } from '../../../gql/graphql';
import { CancelOrderButton } from '../../../orders/components/CancelOrderButton';
import { formatDecimal } from '../../../utils/decimal';
import { nodes, type NodeOf } from '../../../utils/nodes';
import { CLIENT_PRODUCTS } from '../graphql/clientProducts';
import { customerNode, type CustomerNode } from '../utils/customerNode';

type Client = CustomerNode<ClientProductsQuery>;
type Order = NodeOf<Client['orders']>;
type Push = NodeOf<Client['pushes']>;

export interface ProductsTabProps {
  clientId: string;
  // Whether the viewer may act for the client: cancel an order in its
  // cooling-off period.
  editable?: boolean;
}

const at = (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm');
const product = (p: { code: string; name: string }) => `${p.code} ${p.name}`;

// ProductsTab shows the products the client bought (orders), with a
// cancel for those in their cooling-off period, and those pushed to them,
// newest first.
export function ProductsTab({ clientId, editable = false }: ProductsTabProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CLIENT_PRODUCTS, { variables: { id: clientId } });
  const client = customerNode(data?.node);
  const k = (key: string) => t(`pages.clientDetail.products.${key}`);
  const risk = (v: string) => <Tag>{v}</Tag>;
  return (
    <>
      {error && <ErrorAlert error={error} />}
      <Typography.Title level={5}>{k('bought')}</Typography.Title>
      <Table<Order>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={nodes(client?.orders)}
        data-testid="products-bought"
        columns={[
          { title: k('createdAt'), dataIndex: 'createdAt', render: at },
          { title: k('product'), key: 'product', render: (_, r) => product(r.product) },
          { title: k('riskLevel'), key: 'risk', render: (_, r) => risk(r.product.riskLevel) },
          { title: k('amount'), dataIndex: 'amount', align: 'right', render: (v: string) => formatDecimal(v) },
          {
            title: k('status'),
            key: 'status',
            render: (_, r) => (
              <span>
                {t(`enums.salesOrderStatus.${r.status}`)} {editable && <CancelOrderButton order={r} />}
              </span>
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {k('pushed')}
      </Typography.Title>
      <Table<Push>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={nodes(client?.pushes)}
        data-testid="products-pushed"
        columns={[
          { title: k('createdAt'), dataIndex: 'createdAt', render: at },
          { title: k('product'), key: 'product', render: (_, r) => product(r.product) },
          { title: k('riskLevel'), key: 'risk', render: (_, r) => risk(r.product.riskLevel) },
          { title: k('channel'), dataIndex: 'channel', render: (v: string) => t(`enums.pushChannel.${v}`) },
          { title: k('status'), dataIndex: 'status', render: (v: string) => t(`enums.pushStatus.${v}`) },
          { title: k('advisor'), key: 'advisor', render: (_, r) => r.advisor?.displayName ?? '—' },
        ]}
      />
    </>
  );
}
