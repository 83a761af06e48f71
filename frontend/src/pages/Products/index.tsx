import { useQuery } from '@apollo/client/react';
import { Button, Card, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { canSee, productListScope } from '../../access';
import { useViewer } from '../../auth/viewerContext';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ProductOrderField, ProductStatus, ProductsQuery, RiskLevel } from '../../gql/graphql';
import { ProductRiskTag } from '../../products/components/ProductRiskTag';
import { ProductStatusTag } from '../../products/components/ProductStatusTag';
import { formatDecimal } from '../../utils/decimal';
import { nodes } from '../../utils/nodes';
import { ProductFilterBar } from './components/ProductFilterBar';
import { PRODUCTS } from './graphql/products';
import { useProductListState } from './hooks/useProductListState';
import { productWhere } from './utils/productWhere';

const PAGE_SIZE = 20;

type Row = NonNullable<NonNullable<NonNullable<ProductsQuery['products']['edges']>[number]>['node']>;

// ProductsPage is the product library (PRODUCT.md §4): about a thousand
// products, searched, filtered, ordered and paged by the server. Those who
// curate, approve or oversee the library see every status; the others
// what is on sale.
export function ProductsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useViewer();
  const scope = productListScope(viewer.role);
  const { filters, order, cursor, setFilters, clearFilters, setOrder, setCursor } = useProductListState();
  const { data, loading, error } = useQuery(PRODUCTS, {
    variables: {
      ...(cursor.before ? { last: PAGE_SIZE, before: cursor.before } : { first: PAGE_SIZE, after: cursor.after }),
      where: productWhere(filters, scope, order.field),
      orderBy: [order],
    },
  });
  const rows: Row[] = nodes(data?.products);
  const f = (key: string) => t(`pages.products.fields.${key}`);
  const sortOrder = (field: ProductOrderField) =>
    order.field === field ? (order.direction === 'ASC' ? ('ascend' as const) : ('descend' as const)) : null;
  // Figures rank highest first on the first click.
  const figure = (field: ProductOrderField) => ({
    key: field,
    sorter: true,
    sortOrder: sortOrder(field),
    sortDirections: ['descend' as const, 'ascend' as const],
    align: 'right' as const,
  });
  const percent = (v?: string | null) => (v ? `${formatDecimal(v)}%` : t('pages.products.none'));

  const columns: TableProps<Row>['columns'] = [
    { title: f('code'), dataIndex: 'code', key: 'CODE', sorter: true, sortOrder: sortOrder('CODE'), width: 110 },
    {
      title: f('name'),
      dataIndex: 'name',
      key: 'NAME',
      sorter: true,
      sortOrder: sortOrder('NAME'),
      render: (name: string, r) => (
        <Link to={`/products/${r.id}`} onClick={(e) => e.stopPropagation()}>
          {name}
        </Link>
      ),
    },
    { title: f('type'), dataIndex: 'type', render: (v: string) => t(`enums.productType.${v}`) },
    {
      title: f('riskLevel'),
      dataIndex: 'riskLevel',
      key: 'RISK_LEVEL',
      sorter: true,
      sortOrder: sortOrder('RISK_LEVEL'),
      render: (v: RiskLevel) => <ProductRiskTag level={v} />,
    },
    { title: f('horizon'), dataIndex: 'horizon', render: (v: string) => t(`enums.horizon.${v}`) },
    { title: f('issuer'), dataIndex: 'issuer', ellipsis: true },
    ...(scope === 'ALL'
      ? [{ title: f('status'), dataIndex: 'status', render: (v: ProductStatus) => <ProductStatusTag status={v} /> }]
      : []),
    { title: f('return1y'), dataIndex: 'return1y', ...figure('RETURN_1Y'), render: (v?: string | null) => percent(v) },
    { title: f('managementFeeRate'), dataIndex: 'managementFeeRate', ...figure('MANAGEMENT_FEE_RATE'), render: (v: string) => percent(v) },
    { title: f('minAmount'), dataIndex: 'minAmount', ...figure('MIN_AMOUNT'), render: (v: string) => formatDecimal(v) },
    { title: f('salesAmount'), dataIndex: 'salesAmount', ...figure('SALES_AMOUNT'), render: (v: string) => formatDecimal(v) },
  ];

  return (
    <Card
      title={t('pages.products.title')}
      extra={
        canSee(viewer.role, 'productEdit') && (
          <Button type="primary" onClick={() => navigate('/products/new')} data-testid="product-create">
            {t('pages.products.create')}
          </Button>
        )
      }
    >
      <ProductFilterBar filters={filters} statusFilter={scope === 'ALL'} onChange={setFilters} onClear={clearFilters} />
      {(scope === 'PUBLISHED' || order.field === 'RETURN_1Y') && (
        <Typography.Paragraph type="secondary">
          {scope === 'PUBLISHED' && t('pages.products.publishedOnly')} {order.field === 'RETURN_1Y' && t('pages.products.rankedByReturn')}
        </Typography.Paragraph>
      )}
      {error && <ErrorAlert error={error} />}
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="product-table"
        onChange={(_, __, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          setOrder(
            s?.order && s.columnKey
              ? { field: s.columnKey as ProductOrderField, direction: s.order === 'ascend' ? 'ASC' : 'DESC' }
              : null,
          );
        }}
        onRow={(r) => ({ onClick: () => navigate(`/products/${r.id}`), style: { cursor: 'pointer' } })}
      />
      <Space style={{ marginTop: 16, display: 'flex', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary" data-testid="product-total">
          {t('pages.products.total', { count: data?.products.totalCount ?? 0 })}
        </Typography.Text>
        <CursorPager pageInfo={data?.products.pageInfo} cursor={cursor} onChange={setCursor} />
      </Space>
    </Card>
  );
}
