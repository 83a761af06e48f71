import { useQuery } from '@apollo/client/react';
import { Card, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { AuditLogAction, AuditLogsQuery } from '../../gql/graphql';
import { nodes } from '../../utils/nodes';
import { AuditActionTag } from './components/AuditActionTag';
import { AuditChanges } from './components/AuditChanges';
import { AuditFilterBar } from './components/AuditFilterBar';
import { AUDIT_LOGS } from './graphql/auditLogs';
import { useAuditFilters } from './hooks/useAuditFilters';
import { auditWhere } from './utils/auditWhere';

const PAGE_SIZE = 50;

type Entry = NonNullable<NonNullable<NonNullable<AuditLogsQuery['auditLogs']['edges']>[number]>['node']>;

// AuditLogPage lets compliance search the audit trail, newest first, and
// open an entry to see what it changed.
export function AuditLogPage() {
  const { t } = useTranslation();
  const { filters, cursor, setFilters, setCursor } = useAuditFilters();
  const { data, loading, error } = useQuery(AUDIT_LOGS, {
    variables: {
      ...(cursor.before ? { last: PAGE_SIZE, before: cursor.before } : { first: PAGE_SIZE, after: cursor.after }),
      where: auditWhere(filters),
    },
  });
  const rows: Entry[] = nodes(data?.auditLogs);

  const columns: TableProps<Entry>['columns'] = [
    { title: t('pages.auditLog.at'), dataIndex: 'at', render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss') },
    { title: t('pages.auditLog.actor'), dataIndex: 'actorName' },
    { title: t('pages.auditLog.role'), dataIndex: 'actorRole', render: (r?: string | null) => (r ? t(`enums.role.${r}`) : '—') },
    { title: t('pages.auditLog.ip'), dataIndex: 'ip', render: (ip?: string | null) => ip || '—' },
    { title: t('pages.auditLog.operation'), dataIndex: 'operation', render: (op?: string | null) => op || '—' },
    { title: t('pages.auditLog.action'), dataIndex: 'action', render: (a: AuditLogAction) => <AuditActionTag action={a} /> },
    { title: t('pages.auditLog.entity'), key: 'entity', render: (_, r) => [r.entityType, r.entityID].filter(Boolean).join(' #') },
    { title: t('pages.auditLog.fields'), dataIndex: 'fields', render: (f?: string[] | null) => f?.join(', ') || '—' },
  ];

  return (
    <Card title={t('pages.auditLog.title')}>
      <AuditFilterBar filters={filters} onChange={setFilters} />
      {error && <ErrorAlert error={error} />}
      <Table<Entry>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={rows}
        pagination={false}
        expandable={{ expandedRowRender: (r) => <AuditChanges before={r.before} after={r.after} /> }}
        data-testid="audit-table"
      />
      <Space style={{ marginTop: 16, display: 'flex', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary" data-testid="audit-total">
          {t('pages.auditLog.total', { count: data?.auditLogs.totalCount ?? 0 })}
        </Typography.Text>
        <CursorPager pageInfo={data?.auditLogs.pageInfo} cursor={cursor} onChange={setCursor} />
      </Space>
    </Card>
  );
}
