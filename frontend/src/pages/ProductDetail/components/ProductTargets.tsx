import { useQuery } from '@apollo/client/react';
import { Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '../../../components/ErrorAlert';
import type { ProductTargetsQuery } from '../../../gql/graphql';
import { nodes, type NodeOf } from '../../../utils/nodes';
import { PRODUCT_TARGETS } from '../graphql/productTargets';

const PAGE_SIZE = 20;

type Target = NodeOf<ProductTargetsQuery['productTargets']>;

export interface ProductTargetsProps {
  productId: string;
}

// ProductTargets lists the clients the product suits and fits: their
// number and the first page of them.
export function ProductTargets({ productId }: ProductTargetsProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PRODUCT_TARGETS, { variables: { productId, first: PAGE_SIZE } });
  const columns: TableProps<Target>['columns'] = [
    { title: t('pages.productTargets.clientNo'), dataIndex: 'clientNo' },
    { title: t('pages.productTargets.name'), key: 'name', render: (_, c) => <Link to={`/clients/${c.id}`}>{c.name}</Link> },
  ];
  if (error) return <ErrorAlert error={error} />;
  return (
    <>
      <Typography.Paragraph type="secondary" data-testid="product-targets-total">
        {t('pages.productTargets.total', { count: data?.productTargets.totalCount ?? 0 })}
      </Typography.Paragraph>
      <Table<Target>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={nodes(data?.productTargets)}
        pagination={false}
        data-testid="product-targets"
      />
    </>
  );
}
