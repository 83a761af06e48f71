import { useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Empty, Result, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import type { ProductAction, ProductReviewQuery } from '../../gql/graphql';
import { ProductActions } from '../../products/components/ProductActions';
import { ProductChanges } from '../../products/components/ProductChanges';
import { ProductRiskTag } from '../../products/components/ProductRiskTag';
import { ProductStatusTag } from '../../products/components/ProductStatusTag';
import { productNode, type ProductNode } from '../../products/utils/productNode';
import { errorCode } from '../../utils/errors';
import { nodes } from '../../utils/nodes';
import { PRODUCT_REVIEW } from './graphql/productReview';
import { pendingChanges } from './utils/pendingChanges';

type Version = NonNullable<NonNullable<NonNullable<ProductNode<ProductReviewQuery>['versions']['edges']>[number]>['node']>;

// ProductReviewPage is compliance's review of one product: the changes
// since it was last approved (everything, for a new product), the
// versions that made them, and the decision: approve or reject (saying
// why), or resume a suspended product.
export function ProductReviewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(PRODUCT_REVIEW, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const k = (key: string, options?: Record<string, unknown>) => t(`pages.productReview.${key}`, options);
  const f = (key: string) => t(`pages.products.fields.${key}`);
  const back = (
    <Link to="/product-review">
      <Button>{k('back')}</Button>
    </Link>
  );
  if (loading && !data) return <PageLoading />;
  const product = productNode(data?.node);
  if (!product && (!error || errorCode(error) === 'NOT_FOUND')) {
    return <Result status="404" title={t('pages.productDetail.notFound')} extra={back} />;
  }
  if (!product) return <ErrorAlert error={error} />;

  const pending = pendingChanges(nodes(product.versions));
  return (
    <Space vertical size="large" style={{ width: '100%' }}>
      {back}
      {error && <ErrorAlert error={error} />}
      <Card
        title={
          <span data-testid="review-title">
            {k('title', { name: product.name })} <ProductStatusTag status={product.status} />
          </span>
        }
        extra={
          <Space wrap>
            <Link to={`/products/${product.id}`}>{k('details')}</Link>
            <ProductActions
              product={product}
              onDone={() => navigate('/product-review', { replace: true })}
            />
          </Space>
        }
      >
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'code', label: f('code'), children: <span data-testid="product-code">{product.code}</span> },
            { key: 'type', label: f('type'), children: t(`enums.productType.${product.type}`) },
            { key: 'risk', label: f('riskLevel'), children: <ProductRiskTag level={product.riskLevel} /> },
            { key: 'issuer', label: f('issuer'), children: product.issuer },
            { key: 'version', label: f('version'), children: product.version },
            {
              key: 'submitted',
              label: f('submittedBy'),
              children: product.submittedBy
                ? `${product.submittedBy.displayName} · ${product.submittedAt ? dayjs(product.submittedAt).format('YYYY-MM-DD HH:mm') : ''}`
                : '—',
            },
          ]}
        />
      </Card>
      <Card
        title={k('changes')}
        extra={
          <Typography.Text type="secondary">
            {pending.approvedVersion === null ? k('changesNew') : k('changesSince', { version: pending.approvedVersion })}
          </Typography.Text>
        }
      >
        {pending.changes.length ? <ProductChanges changes={pending.changes} /> : <Empty description={k('noChanges')} />}
      </Card>
      <Card title={k('versions')}>
        <Table<Version>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={[...pending.versions].reverse()}
          columns={[
            { title: t('pages.productDetail.history.version'), dataIndex: 'version', width: 70 },
            {
              title: t('pages.productDetail.history.action'),
              dataIndex: 'action',
              render: (a: ProductAction) => <Tag>{t(`enums.productAction.${a}`)}</Tag>,
            },
            { title: t('pages.productDetail.history.actor'), dataIndex: 'actorName' },
            { title: t('pages.productDetail.history.at'), dataIndex: 'at', render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm') },
            { title: t('pages.productDetail.history.comment'), dataIndex: 'comment', render: (c?: string | null) => c || '—' },
          ]}
        />
      </Card>
    </Space>
  );
}
