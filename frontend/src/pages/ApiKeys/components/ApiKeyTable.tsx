import { Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import type { ApiKeyRowFragment, ApiScope } from '../../../gql/graphql';
import { KeyStatusTag } from './KeyStatusTag';
import { RevokeKeyButton } from './RevokeKeyButton';

export interface ApiKeyTableProps {
  rows: ApiKeyRowFragment[];
  loading: boolean;
}

const when = (t?: string | null) => (t ? dayjs(t).format('YYYY-MM-DD HH:mm') : null);

// ApiKeyTable lists the keys with what each may do and whether it works.
export function ApiKeyTable({ rows, loading }: ApiKeyTableProps) {
  const { t } = useTranslation();
  const columns: TableProps<ApiKeyRowFragment>['columns'] = [
    { title: t('pages.apiKeys.name'), dataIndex: 'name' },
    { title: t('pages.apiKeys.prefix'), dataIndex: 'prefix', render: (p: string) => <code>{p}…</code> },
    { title: t('pages.apiKeys.owner'), key: 'owner', render: (_, r) => `${r.owner.displayName} (${r.owner.username})` },
    {
      title: t('pages.apiKeys.scopes'),
      dataIndex: 'scopes',
      render: (scopes: ApiScope[]) => scopes.map((s) => <Tag key={s}>{t(`enums.apiScope.${s}`)}</Tag>),
    },
    { title: t('pages.apiKeys.branch'), key: 'branch', render: (_, r) => r.branch?.name ?? t('pages.apiKeys.allBranches') },
    { title: t('pages.apiKeys.allowlistOnly'), dataIndex: 'allowlistOnly', render: (v: boolean) => t(v ? 'common.yes' : 'common.no') },
    { title: t('pages.apiKeys.rate'), dataIndex: 'ratePerMinute', render: (n: number) => t('pages.apiKeys.perMinute', { count: n }) },
    { title: t('pages.apiKeys.expiresAt'), dataIndex: 'expiresAt', render: (v?: string | null) => when(v) ?? t('pages.apiKeys.never') },
    { title: t('pages.apiKeys.status'), key: 'status', render: (_, r) => <KeyStatusTag revokedAt={r.revokedAt} expiresAt={r.expiresAt} /> },
    { title: t('pages.apiKeys.lastUsedAt'), dataIndex: 'lastUsedAt', render: (v?: string | null) => when(v) ?? t('pages.apiKeys.neverUsed') },
    { title: '', key: 'revoke', render: (_, r) => <RevokeKeyButton id={r.id} name={r.name} revoked={!!r.revokedAt} /> },
  ];
  return <Table<ApiKeyRowFragment> rowKey="id" size="small" loading={loading} columns={columns} dataSource={rows} pagination={false} data-testid="api-key-table" />;
}
