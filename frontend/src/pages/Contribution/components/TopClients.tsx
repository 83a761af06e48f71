import { Card, Table } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ContributionQuery } from '../../../gql/graphql';
import { formatDecimal } from '../../../utils/decimal';

type Row = ContributionQuery['contribution']['topClients'][number];

export interface TopClientsProps {
  rows: Row[];
}

// TopClients lists the clients who brought the most revenue in the
// period; each opens the client's page.
export function TopClients({ rows }: TopClientsProps) {
  const { t } = useTranslation();
  const k = (key: string) => t(`pages.contribution.top.${key}`);
  const columns: TableProps<Row>['columns'] = [
    { title: k('rank'), key: 'rank', width: 60, render: (_, __, i) => i + 1 },
    {
      title: k('clientNo'),
      key: 'clientNo',
      render: (_, r) => (
        <Link to={`/clients/${r.client.id}`} data-testid="top-client-link">
          {r.client.clientNo}
        </Link>
      ),
    },
    { title: k('name'), key: 'name', render: (_, r) => r.client.name },
    { title: k('revenue'), dataIndex: 'revenue', align: 'right', render: (v: string) => formatDecimal(v) },
  ];
  return (
    <Card title={k('title')}>
      <Table<Row> rowKey={(r) => r.client.id} size="small" columns={columns} dataSource={rows} pagination={false} data-testid="top-clients" />
    </Card>
  );
}
