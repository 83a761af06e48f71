import { useQuery } from '@apollo/client/react';
import { Card, Input, Space, Table, Tabs, Typography } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ProductStatus, ReviewQueueQuery, RiskLevel } from '../../gql/graphql';
import { useUrlState } from '../../hooks/useUrlState';
import { ProductRiskTag } from '../../products/components/ProductRiskTag';
import { productSearch } from '../../products/utils/productSearch';
import { nodes } from '../../utils/nodes';
import { REVIEW_QUEUE } from './graphql/reviewQueue';

const PAGE_SIZE = 20;
// What waits for compliance: drafts submitted for review, and suspended
// products to resume (or retire).
const QUEUES: ProductStatus[] = ['IN_REVIEW', 'SUSPENDED'];

type Row = NonNullable<NonNullable<NonNullable<ReviewQueueQuery['products']['edges']>[number]>['node']>;

// ReviewQueuePage is compliance's list of products waiting for them,
// longest waiting first; each opens the review of its changes.
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { get, update, cursor, setCursor } = useUrlState();
  const status: ProductStatus = get('queue') === 'SUSPENDED' ? 'SUSPENDED' : 'IN_REVIEW';
  const search = get('q') ?? '';
  const matching = productSearch(search);
  const { data, loading, error } = useQuery(REVIEW_QUEUE, {
    variables: {
      where: { and: matching ? [{ status }, matching] : [{ status }] },
      ...(cursor.before ? { last: PAGE_SIZE, before: cursor.before } : { first: PAGE_SIZE, after: cursor.after }),
    },
    fetchPolicy: 'cache-and-network',
  });
  const rows: Row[] = nodes(data?.products);
  const f = (key: string) => t(`pages.products.fields.${key}`);
  const time = (at?: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—');

  const columns: TableProps<Row>['columns'] = [
    { title: f('code'), dataIndex: 'code', width: 120 },
    {
      title: f('name'),
      dataIndex: 'name',
      render: (name: string, r) => (
        <Link to={`/product-review/${r.id}`} onClick={(e) => e.stopPropagation()}>
          {name}
        </Link>
      ),
    },
    { title: f('type'), dataIndex: 'type', render: (v: string) => t(`enums.productType.${v}`) },
    { title: f('riskLevel'), dataIndex: 'riskLevel', render: (v: RiskLevel) => <ProductRiskTag level={v} /> },
    { title: f('issuer'), dataIndex: 'issuer', ellipsis: true },
    { title: f('version'), dataIndex: 'version', width: 70 },
    ...(status === 'IN_REVIEW'
      ? [
          { title: f('submittedBy'), key: 'submittedBy', render: (_: unknown, r: Row) => r.submittedBy?.displayName ?? '—' },
          { title: f('submittedAt'), key: 'submittedAt', render: (_: unknown, r: Row) => time(r.submittedAt) },
        ]
      : [{ title: t('pages.productDetail.history.at'), key: 'updatedAt', render: (_: unknown, r: Row) => time(r.updatedAt) }]),
  ];

  return (
    <Card title={t('pages.reviewQueue.title')}>
      <Tabs
        activeKey={status}
        items={QUEUES.map((q) => ({ key: q, label: t(`pages.reviewQueue.tabs.${q}`) }))}
        onChange={(queue) => update({ queue: queue === 'IN_REVIEW' ? undefined : queue })}
        data-testid="review-queue-tabs"
      />
      <Input.Search
        key={search}
        allowClear
        placeholder={t('pages.products.search')}
        style={{ width: 280, marginBottom: 16 }}
        defaultValue={search}
        onSearch={(q) => update({ q: q.trim() || undefined })}
        data-testid="review-search"
      />
      {error && <ErrorAlert error={error} />}
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={loading && !data}
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('pages.reviewQueue.empty') }}
        onRow={(r) => ({ onClick: () => navigate(`/product-review/${r.id}`), style: { cursor: 'pointer' } })}
        data-testid="review-queue"
      />
      <Space style={{ marginTop: 16, display: 'flex', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary" data-testid="review-total">
          {t('pages.reviewQueue.total', { count: data?.products.totalCount ?? 0 })}
        </Typography.Text>
        <CursorPager pageInfo={data?.products.pageInfo} cursor={cursor} onChange={setCursor} />
      </Space>
    </Card>
  );
}
