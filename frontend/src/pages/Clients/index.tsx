import { useQuery } from '@apollo/client/react';
import { Card, Input, Select, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ClientStatusTag } from '../../components/ClientStatusTag';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ClientRowFragment, CustomerOrderField, CustomerStatus } from '../../gql/graphql';
import { nodes } from '../../utils/nodes';
import { CLIENT_FILTERS } from './graphql/filters';
import { CLIENTS } from './graphql/clients';
import { SEGMENT_CHOICES } from './graphql/segmentChoices';
import { SEGMENT_CLIENTS } from './graphql/segmentClients';
import { useListState } from './hooks/useListState';
import { clientWhere } from './utils/clientWhere';

const PAGE_SIZE = 20;
const STATUSES: CustomerStatus[] = ['NORMAL', 'FROZEN', 'REPORTED_LOST', 'CLOSED', 'POTENTIAL'];

type Row = ClientRowFragment;

// ClientsPage lists the clients the viewer may see, searched and filtered,
// or the members of a saved segment chosen instead.
export function ClientsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { filters, segmentId, setSegmentId, order, cursor, setFilters, setOrder, setCursor } = useListState();
  const choices = useQuery(CLIENT_FILTERS);
  const segments = useQuery(SEGMENT_CHOICES);
  const paging = cursor.before ? { last: PAGE_SIZE, before: cursor.before } : { first: PAGE_SIZE, after: cursor.after };
  const listed = useQuery(CLIENTS, {
    variables: { ...paging, where: clientWhere(filters), orderBy: [order] },
    skip: !!segmentId,
  });
  const members = useQuery(SEGMENT_CLIENTS, {
    variables: { id: segmentId ?? '', ...paging, orderBy: [order] },
    skip: !segmentId,
  });
  const segment = members.data?.node && 'members' in members.data.node ? members.data.node : null;
  const connection = segmentId ? segment?.members : listed.data?.customers;
  const { loading, error } = segmentId ? members : listed;

  const rows: Row[] = nodes(connection);
  const pageInfo = connection?.pageInfo;
  const sortOrder = (field: CustomerOrderField) =>
    order.field === field ? (order.direction === 'ASC' ? ('ascend' as const) : ('descend' as const)) : null;

  const columns: TableProps<Row>['columns'] = [
    { title: t('pages.clients.clientNo'), dataIndex: 'clientNo', key: 'CLIENT_NO', sorter: true, sortOrder: sortOrder('CLIENT_NO') },
    { title: t('pages.clients.name'), dataIndex: 'name', key: 'NAME', sorter: true, sortOrder: sortOrder('NAME') },
    {
      title: t('pages.clients.status'),
      dataIndex: 'status',
      key: 'STATUS',
      sorter: true,
      sortOrder: sortOrder('STATUS'),
      render: (s: CustomerStatus) => <ClientStatusTag status={s} />,
    },
    { title: t('pages.clients.openedOn'), dataIndex: 'openedOn', key: 'OPENED_ON', sorter: true, sortOrder: sortOrder('OPENED_ON') },
    { title: t('pages.clients.branch'), key: 'branch', render: (_, r) => r.branch.name },
    { title: t('pages.clients.advisor'), key: 'advisor', render: (_, r) => r.advisor?.displayName ?? '—' },
  ];

  return (
    <Card title={t('pages.clients.title')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('pages.clients.segment')}
          style={{ width: 220 }}
          options={nodes(segments.data?.savedSegments).map((n) => ({ value: n.id, label: n.name }))}
          value={segmentId}
          onChange={(id?: string) => setSegmentId(id)}
          data-testid="client-segment"
        />
        <Input.Search
          disabled={!!segmentId}
          allowClear
          placeholder={t('pages.clients.search')}
          style={{ width: 320 }}
          defaultValue={filters.search}
          onSearch={(search) => setFilters({ search })}
          data-testid="client-search"
        />
        <Select
          allowClear
          disabled={!!segmentId}
          placeholder={t('pages.clients.status')}
          style={{ width: 140 }}
          options={STATUSES.map((s) => ({ value: s, label: t(`enums.status.${s}`) }))}
          value={filters.status}
          onChange={(status?: CustomerStatus) => setFilters({ status })}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          disabled={!!segmentId}
          placeholder={t('pages.clients.branch')}
          style={{ width: 220 }}
          options={nodes(choices.data?.branches).map((n) => ({ value: n.id, label: n.name }))}
          value={filters.branchId}
          onChange={(branchId?: string) => setFilters({ branchId })}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          disabled={!!segmentId}
          placeholder={t('pages.clients.advisor')}
          style={{ width: 160 }}
          options={nodes(choices.data?.users).map((n) => ({ value: n.id, label: n.displayName }))}
          value={filters.advisorId}
          onChange={(advisorId?: string) => setFilters({ advisorId })}
        />
        <Select
          allowClear
          disabled={!!segmentId}
          placeholder={t('pages.clients.tag')}
          style={{ width: 140 }}
          options={nodes(choices.data?.tags).map((n) => ({ value: n.id, label: n.name }))}
          value={filters.tagId}
          onChange={(tagId?: string) => setFilters({ tagId })}
        />
      </Space>
      {segmentId && (
        <Typography.Paragraph type="secondary" data-testid="client-segment-note">
          {t('pages.clients.segmentNote')}
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
        onChange={(_, __, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          setOrder(
            s?.order && s.columnKey
              ? { field: s.columnKey as CustomerOrderField, direction: s.order === 'ascend' ? 'ASC' : 'DESC' }
              : null,
          );
        }}
        onRow={(r) => ({ onClick: () => navigate(`/clients/${r.id}`), style: { cursor: 'pointer' } })}
      />
      <Space style={{ marginTop: 16, display: 'flex', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary" data-testid="client-total">
          {t('pages.clients.total', { count: connection?.totalCount ?? 0 })}
        </Typography.Text>
        <CursorPager pageInfo={pageInfo} cursor={cursor} onChange={setCursor} />
      </Space>
    </Card>
  );
}
