import { useQuery } from '@apollo/client/react';
import { Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { SignedAmount } from '../../../components/SignedAmount';
import type { ClientHoldingsQuery } from '../../../gql/graphql';
import { formatDecimal } from '../../../utils/decimal';
import { nodes, type NodeOf } from '../../../utils/nodes';
import { CLIENT_HOLDINGS } from '../graphql/clientHoldings';
import { customerNode, type CustomerNode } from '../utils/customerNode';

// The largest holdings are listed; a client holding more is told so.
const TOP_HOLDINGS = 100;

type Client = CustomerNode<ClientHoldingsQuery>;
type Holding = NodeOf<Client['holdings']>;
type Group = Client['assetAllocation'][number];

// A row is an asset class with its holdings beneath it.
interface Row {
  key: string;
  group?: Group;
  holding?: Holding;
  children?: Row[];
}

export interface HoldingsTabProps {
  clientId: string;
}

// HoldingsTab lists the client's largest holdings grouped by asset class;
// a class's row carries the server's totals for the whole class.
export function HoldingsTab({ clientId }: HoldingsTabProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CLIENT_HOLDINGS, { variables: { id: clientId, first: TOP_HOLDINGS } });
  const client = customerNode(data?.node);
  if (error) return <ErrorAlert error={error} />;

  const holdings = nodes(client?.holdings);
  const rows: Row[] = (client?.assetAllocation ?? []).map((group) => ({
    key: group.assetClass,
    group,
    children: holdings.filter((h) => h.assetClass === group.assetClass).map((holding) => ({ key: holding.id, holding })),
  }));
  const k = (key: string) => t(`pages.clientDetail.holdings.${key}`);
  const amount = (pick: (r: Group | Holding) => string) => (_: unknown, r: Row) => formatDecimal(pick((r.group ?? r.holding)!));
  const columns: TableProps<Row>['columns'] = [
    {
      title: k('name'),
      key: 'name',
      render: (_, r) =>
        r.group ? (
          <Typography.Text strong>
            {t(`enums.assetClass.${r.group.assetClass}`)} <Tag>{t('pages.clientDetail.holdings.count', { count: r.group.holdings })}</Tag>
          </Typography.Text>
        ) : (
          <span>
            {(r.holding!.instrument ?? r.holding!.product)?.code} {(r.holding!.instrument ?? r.holding!.product)?.name}
          </span>
        ),
    },
    { title: k('account'), key: 'account', render: (_, r) => r.holding?.account.accountNo },
    { title: k('quantity'), key: 'quantity', align: 'right', render: (_, r) => (r.holding ? formatDecimal(r.holding.quantity, 2) : null) },
    { title: k('marketValue'), key: 'marketValue', align: 'right', render: amount((x) => x.marketValue) },
    { title: k('cost'), key: 'cost', align: 'right', render: amount((x) => x.cost) },
    { title: k('pnl'), key: 'pnl', align: 'right', render: (_, r) => <SignedAmount value={(r.group ?? r.holding)!.unrealisedPnl} /> },
    { title: k('weight'), key: 'weight', align: 'right', render: (_, r) => `${formatDecimal((r.group ?? r.holding)!.weight, 2)}%` },
  ];

  const total = client?.holdings.totalCount ?? 0;
  return (
    <>
      <Table<Row>
        rowKey="key"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={rows}
        pagination={false}
        expandable={{ expandedRowKeys: rows.map((r) => r.key), showExpandColumn: false }}
        data-testid="holdings-table"
      />
      {total > holdings.length && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('pages.clientDetail.holdings.top', { shown: holdings.length, total })}
        </Typography.Paragraph>
      )}
    </>
  );
}
