import { useQuery } from '@apollo/client/react';
import { Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadMore } from '../../../components/LoadMore';
import type { ClientTradesQuery, TradeSide } from '../../../gql/graphql';
import { formatDecimal } from '../../../utils/decimal';
import { nodes, type NodeOf } from '../../../utils/nodes';
import { CLIENT_TRADES } from '../graphql/clientTrades';
import { customerNode, type CustomerNode } from '../utils/customerNode';

const PAGE_SIZE = 50;

type Trade = NodeOf<CustomerNode<ClientTradesQuery>['trades']>;

export interface TradesTabProps {
  clientId: string;
}

// TradesTab lists the client's trades, newest first.
export function TradesTab({ clientId }: TradesTabProps) {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(CLIENT_TRADES, { variables: { id: clientId, first: PAGE_SIZE } });
  const trades = customerNode(data?.node)?.trades;
  const k = (key: string) => t(`pages.clientDetail.trades.${key}`);
  const money = (v: string) => formatDecimal(v);
  const columns: TableProps<Trade>['columns'] = [
    { title: k('tradedAt'), dataIndex: 'tradedAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    { title: k('side'), dataIndex: 'side', render: (v: TradeSide) => t(`enums.tradeSide.${v}`) },
    { title: k('instrument'), key: 'instrument', render: (_, r) => `${r.instrument.code} ${r.instrument.name}` },
    { title: k('quantity'), dataIndex: 'quantity', align: 'right', render: (v: string) => formatDecimal(v, 0) },
    { title: k('price'), dataIndex: 'price', align: 'right', render: (v: string) => formatDecimal(v, 3) },
    { title: k('amount'), dataIndex: 'amount', align: 'right', render: money },
    { title: k('commission'), dataIndex: 'commission', align: 'right', render: money },
    { title: k('fees'), dataIndex: 'fees', align: 'right', render: money },
    { title: k('channel'), dataIndex: 'channel', render: (v: string) => t(`enums.tradeChannel.${v}`) },
    { title: k('account'), key: 'account', render: (_, r) => r.account.accountNo },
  ];
  return (
    <>
      {error && <ErrorAlert error={error} />}
      <Table<Trade> rowKey="id" size="small" loading={loading} columns={columns} dataSource={nodes(trades)} pagination={false} />
      <Typography.Text type="secondary">{t('pages.clientDetail.trades.total', { count: trades?.totalCount ?? 0 })}</Typography.Text>
      <LoadMore pageInfo={trades?.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
    </>
  );
}
