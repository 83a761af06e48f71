import { useQuery } from '@apollo/client/react';
import { Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../components/ErrorAlert';
import type { ProductsQuery } from '../../gql/graphql';
import { formatDecimal } from '../../utils/decimal';
import { nodes } from '../../utils/nodes';
import { PRODUCTS } from './graphql/products';

type Product = NonNullable<NonNullable<NonNullable<ProductsQuery['products']['edges']>[number]>['node']>;

// ProductsPage lists the product library; its curation comes with the
// product issue.
export function ProductsPage() {
  const { t } = useTranslation();
  const [after, setAfter] = useState<string | undefined>();
  const { data, loading, error } = useQuery(PRODUCTS, { variables: { first: 50, after } });
  const rows: Product[] = nodes(data?.products);
  return (
    <Card title={t('pages.products.title')}>
      {error && <ErrorAlert error={error} />}
      <Table<Product>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={false}
        columns={[
          { title: t('pages.products.code'), dataIndex: 'code' },
          { title: t('pages.products.name'), dataIndex: 'name' },
          { title: t('pages.products.type'), dataIndex: 'type' },
          { title: t('pages.products.riskLevel'), dataIndex: 'riskLevel', render: (v: string) => <Tag>{v}</Tag> },
          { title: t('pages.products.issuer'), dataIndex: 'issuer' },
          { title: t('pages.products.status'), dataIndex: 'status', render: (v: string) => t(`enums.productStatus.${v}`) },
          { title: t('pages.products.minAmount'), dataIndex: 'minAmount', align: 'right', render: (v: string) => formatDecimal(v) },
        ]}
      />
      {data?.products.pageInfo.hasNextPage && (
        <Button style={{ marginTop: 16 }} onClick={() => setAfter(data.products.pageInfo.endCursor ?? undefined)}>
          {t('common.next')}
        </Button>
      )}
    </Card>
  );
}
