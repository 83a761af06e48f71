import { useQuery } from '@apollo/client/react';
import { Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadMore } from '../../../components/LoadMore';
import type { ClientInteractionsQuery, InteractionChannel, InteractionKind } from '../../../gql/graphql';
import { nodes, type NodeOf } from '../../../utils/nodes';
import { CLIENT_INTERACTIONS } from '../graphql/clientInteractions';
import { customerNode, type CustomerNode } from '../utils/customerNode';

const PAGE_SIZE = 50;

type Interaction = NodeOf<CustomerNode<ClientInteractionsQuery>['interactions']>;

export interface InteractionsTabProps {
  clientId: string;
}

// InteractionsTab lists the service and communication records (留痕),
// newest first.
export function InteractionsTab({ clientId }: InteractionsTabProps) {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(CLIENT_INTERACTIONS, { variables: { id: clientId, first: PAGE_SIZE } });
  const interactions = customerNode(data?.node)?.interactions;
  const k = (key: string) => t(`pages.clientDetail.interactions.${key}`);
  const columns: TableProps<Interaction>['columns'] = [
    { title: k('occurredAt'), dataIndex: 'occurredAt', width: 150, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    { title: k('channel'), dataIndex: 'channel', width: 90, render: (v: InteractionChannel) => t(`enums.interactionChannel.${v}`) },
    { title: k('kind'), dataIndex: 'kind', width: 90, render: (v: InteractionKind) => t(`enums.interactionKind.${v}`) },
    { title: k('summary'), dataIndex: 'summary' },
    { title: k('staff'), key: 'staff', width: 110, render: (_, r) => r.staff?.displayName ?? '—' },
    { title: k('followUpOn'), dataIndex: 'followUpOn', width: 110, render: (v: string | null) => v ?? '—' },
  ];
  return (
    <>
      {error && <ErrorAlert error={error} />}
      <Table<Interaction>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={nodes(interactions)}
        pagination={false}
        data-testid="interactions-table"
      />
      <Typography.Text type="secondary">{t('pages.clientDetail.interactions.total', { count: interactions?.totalCount ?? 0 })}</Typography.Text>
      <LoadMore pageInfo={interactions?.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
    </>
  );
}
