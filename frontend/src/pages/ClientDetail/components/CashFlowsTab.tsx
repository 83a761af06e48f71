import { useQuery } from '@apollo/client/react';
import { Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadMore } from '../../../components/LoadMore';
import { SignedAmount } from '../../../components/SignedAmount';
import type { CashFlowType, ClientCashFlowsQuery } from '../../../gql/graphql';
import { nodes, type NodeOf } from '../../../utils/nodes';
import { CLIENT_CASH_FLOWS } from '../graphql/clientCashFlows';
import { customerNode, type CustomerNode } from '../utils/customerNode';

const PAGE_SIZE = 50;

type CashFlow = NodeOf<CustomerNode<ClientCashFlowsQuery>['cashFlows']>;

export interface CashFlowsTabProps {
  clientId: string;
}

// CashFlowsTab lists the money moving in and out of the client's accounts
// (deposits, withdrawals, bank–securities transfers 银证转账…), newest first.
export function CashFlowsTab({ clientId }: CashFlowsTabProps) {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(CLIENT_CASH_FLOWS, { variables: { id: clientId, first: PAGE_SIZE } });
  const flows = customerNode(data?.node)?.cashFlows;
  const k = (key: string) => t(`pages.clientDetail.cashFlows.${key}`);
  const columns: TableProps<CashFlow>['columns'] = [
    { title: k('occurredAt'), dataIndex: 'occurredAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    { title: k('type'), dataIndex: 'type', render: (v: CashFlowType) => t(`enums.cashFlowType.${v}`) },
    { title: k('amount'), dataIndex: 'amount', align: 'right', render: (v: string) => <SignedAmount value={v} /> },
    { title: k('account'), key: 'account', render: (_, r) => r.account.accountNo },
  ];
  return (
    <>
      {error && <ErrorAlert error={error} />}
      <Table<CashFlow> rowKey="id" size="small" loading={loading} columns={columns} dataSource={nodes(flows)} pagination={false} />
      <Typography.Text type="secondary">{t('pages.clientDetail.cashFlows.total', { count: flows?.totalCount ?? 0 })}</Typography.Text>
      <LoadMore pageInfo={flows?.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
    </>
  );
}
