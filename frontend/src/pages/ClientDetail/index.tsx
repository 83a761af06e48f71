import { useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Result, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import type { ClientQuery } from '../../gql/graphql';
import { errorCode } from '../../utils/errors';
import { formatDecimal } from '../../utils/decimal';
import { nodes } from '../../utils/nodes';
import { ClientPersonalData } from './components/ClientPersonalData';
import { CLIENT } from './graphql/client';

type Client = Extract<NonNullable<ClientQuery['node']>, { clientNo: string }>;
function isClient(node: NonNullable<ClientQuery['node']>): node is Client {
  return 'clientNo' in node;
}

type Account = NonNullable<NonNullable<NonNullable<Client['accounts']['edges']>[number]>['node']>;

// ClientDetailPage is the skeleton of the 360° view: the header and the
// accounts, from one query.
export function ClientDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(CLIENT, { variables: { id } });
  const back = (
    <Link to="/clients">
      <Button>{t('pages.clientDetail.back')}</Button>
    </Link>
  );
  if (loading) return <PageLoading />;
  const client = data?.node && isClient(data.node) ? data.node : null;
  // A client the viewer may not see is reported exactly like a missing one.
  if (!client && (!error || errorCode(error) === 'NOT_FOUND')) {
    return <Result status="404" title={t('pages.clientDetail.notFound')} extra={back} data-testid="client-not-found" />;
  }
  if (!client) return <ErrorAlert error={error} />;

  const accounts: Account[] = nodes(client.accounts);
  const tags = nodes(client.tags);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {back}
      <Card>
        <Typography.Title level={3} data-testid="client-name">
          {client.name} <Tag>{t(`enums.status.${client.status}`)}</Tag>
        </Typography.Title>
        <Descriptions column={3}>
          <Descriptions.Item label={t('pages.clientDetail.clientNo')}>{client.clientNo}</Descriptions.Item>
          <Descriptions.Item label={t('pages.clientDetail.investorClass')}>
            {t(`enums.investorClass.${client.investorClass}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('pages.clientDetail.branch')}>{client.branch.name}</Descriptions.Item>
          <Descriptions.Item label={t('pages.clientDetail.advisor')}>{client.advisor?.displayName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('pages.clientDetail.tags')}>
            {tags.length ? tags.map((tag) => <Tag key={tag.id} color={tag.color}>{tag.name}</Tag>) : t('pages.clientDetail.none')}
          </Descriptions.Item>
        </Descriptions>
        <ClientPersonalData client={client} />
      </Card>
      <Card title={t('pages.clientDetail.accounts')}>
        <Table<Account>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={accounts}
          data-testid="client-accounts"
          columns={[
            { title: t('pages.clientDetail.accountNo'), dataIndex: 'accountNo' },
            { title: t('pages.clientDetail.accountType'), dataIndex: 'type', render: (v: string) => t(`enums.accountType.${v}`) },
            { title: t('pages.clientDetail.market'), dataIndex: 'market' },
            { title: t('pages.clientDetail.currency'), dataIndex: 'currency' },
            {
              title: t('pages.clientDetail.cashBalance'),
              dataIndex: 'cashBalance',
              align: 'right',
              render: (v: string) => formatDecimal(v),
            },
            { title: t('pages.clientDetail.accountStatus'), dataIndex: 'status', render: (v: string) => t(`enums.accountStatus.${v}`) },
          ]}
        />
      </Card>
    </Space>
  );
}
