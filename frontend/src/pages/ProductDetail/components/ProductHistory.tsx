import { useQuery } from '@apollo/client/react';
import { Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import type { ProductAction, ProductHistoryQuery, ProductVersionStatus } from '../../../gql/graphql';
import { ProductChanges } from '../../../products/components/ProductChanges';
import { productNode, type ProductNode } from '../../../products/utils/productNode';
import { nodes } from '../../../utils/nodes';
import { PRODUCT_HISTORY } from '../graphql/productHistory';

type Version = NonNullable<NonNullable<NonNullable<ProductNode<ProductHistoryQuery>['versions']['edges']>[number]>['node']>;

export interface ProductHistoryProps {
  productId: string;
}

// ProductHistory lists the product's versions, newest first: what was
// done, by whom and when, the comment given and the fields changed.
export function ProductHistory({ productId }: ProductHistoryProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PRODUCT_HISTORY, { variables: { id: productId } });
  const product = productNode(data?.node);
  const rows: Version[] = nodes(product?.versions);
  const k = (key: string) => t(`pages.productDetail.history.${key}`);

  const columns: TableProps<Version>['columns'] = [
    { title: k('version'), dataIndex: 'version', width: 70 },
    { title: k('action'), dataIndex: 'action', width: 110, render: (a: ProductAction) => <Tag>{t(`enums.productAction.${a}`)}</Tag> },
    { title: k('status'), dataIndex: 'status', width: 100, render: (s: ProductVersionStatus) => t(`enums.productStatus.${s}`) },
    { title: k('actor'), dataIndex: 'actorName', width: 110 },
    { title: k('at'), dataIndex: 'at', width: 150, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm') },
    { title: k('comment'), dataIndex: 'comment', render: (c?: string | null) => c || '—' },
    {
      title: k('changes'),
      key: 'changes',
      render: (_, v) =>
        v.changes?.length ? (
          <ProductChanges changes={v.changes} variant="inline" />
        ) : (
          <Typography.Text type="secondary">{k('noChanges')}</Typography.Text>
        ),
    },
  ];

  return (
    <>
      {error && <ErrorAlert error={error} />}
      <Table<Version>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={rows}
        pagination={false}
        data-testid="product-history"
      />
      {product && product.versions.totalCount > rows.length && (
        <Typography.Text type="secondary">{t('pages.productDetail.history.shown', { shown: rows.length, total: product.versions.totalCount })}</Typography.Text>
      )}
    </>
  );
}
