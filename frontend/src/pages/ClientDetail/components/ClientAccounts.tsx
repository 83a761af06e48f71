import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ClientAccountsFragment } from '../../../gql/graphql';
import { formatDecimal, signOfDecimal } from '../../../utils/decimal';
import { nodes, type NodeOf } from '../../../utils/nodes';

type Account = NodeOf<ClientAccountsFragment['accounts']>;

export interface ClientAccountsProps {
  client: ClientAccountsFragment;
}

// ClientAccounts lists the client's accounts: securities, credit, fund, OTC…
export function ClientAccounts({ client }: ClientAccountsProps) {
  const { t } = useTranslation();
  const k = (key: string) => t(`pages.clientDetail.accounts.${key}`);
  return (
    <Card title={k('title')}>
      <Table<Account>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={nodes(client.accounts)}
        data-testid="client-accounts"
        columns={[
          { title: k('accountNo'), dataIndex: 'accountNo' },
          { title: k('type'), dataIndex: 'type', render: (v: string) => t(`enums.accountType.${v}`) },
          { title: k('market'), dataIndex: 'market' },
          { title: k('currency'), dataIndex: 'currency' },
          { title: k('cashBalance'), dataIndex: 'cashBalance', align: 'right', render: (v: string) => formatDecimal(v) },
          {
            title: k('marginDebt'),
            dataIndex: 'marginDebt',
            align: 'right',
            render: (v: string) => (signOfDecimal(v) === 0 ? '—' : formatDecimal(v)),
          },
          { title: k('status'), dataIndex: 'status', render: (v: string) => t(`enums.accountStatus.${v}`) },
        ]}
      />
    </Card>
  );
}
