import { useQuery } from '@apollo/client/react';
import { Card, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import type {
  SuitabilityOutcome,
  SuitabilityReason,
  SuitabilityRecordKind,
  SuitabilityRecordsQuery,
} from '../../gql/graphql';
import type { ListCursor } from '../../hooks/useUrlState';
import { ProductRiskTag } from '../../products/components/ProductRiskTag';
import { formatDecimal } from '../../utils/decimal';
import { nodes } from '../../utils/nodes';
import { SUITABILITY_RECORDS } from './graphql/suitabilityRecords';
import { recordsWhere, type RecordFilters } from './utils/recordsWhere';

const PAGE_SIZE = 20;
const OUTCOMES: SuitabilityOutcome[] = ['MATCH', 'CONFIRMATION_REQUIRED', 'REFUSED'];
const KINDS: SuitabilityRecordKind[] = ['OPINION', 'CONFIRMATION'];
const OUTCOME_COLORS: Record<SuitabilityOutcome, string> = { MATCH: 'green', CONFIRMATION_REQUIRED: 'orange', REFUSED: 'red' };

type SuitabilityRecordRow = NonNullable<NonNullable<NonNullable<SuitabilityRecordsQuery['suitabilityRecords']['edges']>[number]>['node']>;

// SuitabilityRecordsPage lists the matching opinions and the investors'
// confirmations, newest first, for compliance and head office.
export function SuitabilityRecordsPage() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<RecordFilters>({});
  const [cursor, setCursor] = useState<ListCursor>({});
  const { data, loading, error } = useQuery(SUITABILITY_RECORDS, {
    variables: {
      ...(cursor.before ? { last: PAGE_SIZE, before: cursor.before } : { first: PAGE_SIZE, after: cursor.after }),
      where: recordsWhere(filters),
      orderBy: { field: 'AT', direction: 'DESC' },
    },
  });
  const rows: SuitabilityRecordRow[] = nodes(data?.suitabilityRecords);
  const filter = (next: RecordFilters) => {
    setFilters(next);
    setCursor({});
  };

  const columns: TableProps<SuitabilityRecordRow>['columns'] = [
    { title: t('pages.suitabilityRecords.at'), dataIndex: 'at', width: 110, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss') },
    {
      title: t('pages.suitabilityRecords.client'),
      key: 'client',
      render: (_, r) => (
        <Link to={`/clients/${r.client.id}`}>
          {r.client.name} {r.client.clientNo}
        </Link>
      ),
    },
    {
      title: t('pages.suitabilityRecords.product'),
      key: 'product',
      render: (_, r) => (
        <Space size={4} wrap>
          <Link to={`/products/${r.product.id}`}>
            {r.product.code} {r.product.name}
          </Link>
          <ProductRiskTag level={r.product.riskLevel} />
        </Space>
      ),
    },
    { title: t('pages.suitabilityRecords.kind'), dataIndex: 'kind', width: 100, render: (k: SuitabilityRecordKind) => t(`enums.suitabilityRecordKind.${k}`) },
    {
      title: t('pages.suitabilityRecords.outcome'),
      dataIndex: 'outcome',
      render: (o: SuitabilityOutcome) => <Tag color={OUTCOME_COLORS[o]}>{t(`enums.suitabilityOutcome.${o}`)}</Tag>,
    },
    {
      title: t('pages.suitabilityRecords.reasons'),
      dataIndex: 'reasons',
      render: (rs?: SuitabilityReason[] | null) => (rs?.length ? rs.map((r) => t(`enums.suitabilityReason.${r}`)).join('；') : '—'),
    },
    {
      title: t('pages.suitabilityRecords.warning'),
      key: 'warning',
      width: 240,
      render: (_, r) => {
        const text = i18n.language === 'en-US' ? r.warningEn : r.warningZh;
        return text ? <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }}>{text}</Typography.Paragraph> : '—';
      },
    },
    { title: t('pages.suitabilityRecords.amount'), dataIndex: 'amount', align: 'right', render: (a: string) => formatDecimal(a) },
    { title: t('pages.suitabilityRecords.actor'), dataIndex: 'actorName' },
    { title: t('pages.suitabilityRecords.channel'), dataIndex: 'channel', width: 80, render: (c: string) => t(`enums.suitabilityRecordChannel.${c}`) },
    {
      title: t('pages.suitabilityRecords.orderStatus'),
      key: 'order',
      width: 90,
      render: (_, r) => (r.order ? t(`enums.salesOrderStatus.${r.order.status}`) : t('pages.suitabilityRecords.noOrder')),
    },
  ];

  return (
    <Card title={t('pages.suitabilityRecords.title')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<SuitabilityOutcome | ''>
          value={filters.outcome ?? ''}
          style={{ width: 200 }}
          aria-label={t('pages.suitabilityRecords.outcome')}
          onChange={(v) => filter({ ...filters, outcome: v || undefined })}
          options={[
            { value: '', label: `${t('pages.suitabilityRecords.outcome')}：${t('pages.suitabilityRecords.all')}` },
            ...OUTCOMES.map((o) => ({ value: o, label: t(`enums.suitabilityOutcome.${o}`) })),
          ]}
          data-testid="records-outcome"
        />
        <Select<SuitabilityRecordKind | ''>
          value={filters.kind ?? ''}
          style={{ width: 200 }}
          aria-label={t('pages.suitabilityRecords.kind')}
          onChange={(v) => filter({ ...filters, kind: v || undefined })}
          options={[
            { value: '', label: `${t('pages.suitabilityRecords.kind')}：${t('pages.suitabilityRecords.all')}` },
            ...KINDS.map((k) => ({ value: k, label: t(`enums.suitabilityRecordKind.${k}`) })),
          ]}
          data-testid="records-kind"
        />
      </Space>
      {error && <ErrorAlert error={error} />}
      <Table<SuitabilityRecordRow>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1500 }}
        data-testid="records-table"
      />
      <Space style={{ marginTop: 16, display: 'flex', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary" data-testid="records-total">
          {t('pages.suitabilityRecords.total', { count: data?.suitabilityRecords.totalCount ?? 0 })}
        </Typography.Text>
        <CursorPager pageInfo={data?.suitabilityRecords.pageInfo} cursor={cursor} onChange={setCursor} />
      </Space>
    </Card>
  );
}
