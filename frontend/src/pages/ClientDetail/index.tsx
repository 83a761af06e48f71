import { useQuery } from '@apollo/client/react';
import { Button, Col, Result, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { canWriteClient } from '../../access';
import { useViewer } from '../../auth/viewerContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { errorCode } from '../../utils/errors';
import { nodes } from '../../utils/nodes';
import { AssetAllocationChart } from './components/AssetAllocationChart';
import { AssetHistoryChart } from './components/AssetHistoryChart';
import { ClientAccounts } from './components/ClientAccounts';
import { ClientActions } from './components/ClientActions';
import { ClientHeader } from './components/ClientHeader';
import { ClientPersonalData } from './components/ClientPersonalData';
import { ClientSummaryFigures } from './components/ClientSummaryFigures';
import { ClientTabs } from './components/ClientTabs';
import { CLIENT } from './graphql/client';
import { customerNode } from './utils/customerNode';

// ClientDetailPage is the 360° view of one client (PRODUCT.md §2). One
// query paints the header, the figures, the charts and the accounts; the
// tabs below load their own data when opened.
export function ClientDetailPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(CLIENT, { variables: { id } });
  const back = (
    <Link to="/clients">
      <Button>{t('pages.clientDetail.back')}</Button>
    </Link>
  );
  // Refetching (after logging a contact) keeps the page as it is.
  if (loading && !data) return <PageLoading />;
  const client = customerNode(data?.node);
  // A client the viewer may not see is reported exactly like a missing one.
  if (!client && (!error || errorCode(error) === 'NOT_FOUND')) {
    return <Result status="404" title={t('pages.clientDetail.notFound')} extra={back} data-testid="client-not-found" />;
  }
  if (!client) return <ErrorAlert error={error} />;

  const editable = canWriteClient(viewer, client.advisorID);
  const hasCredit = nodes(client.accounts).some((a) => a.type === 'CREDIT');
  return (
    <Space vertical size="large" style={{ width: '100%' }}>
      {back}
      {/* A refetch that failed leaves the figures as they were: say so. */}
      {error && <ErrorAlert error={error} />}
      <ClientHeader client={client} editable={editable} actions={<ClientActions clientId={client.id} status={client.status} />}>
        <ClientPersonalData client={client} />
      </ClientHeader>
      <ClientSummaryFigures summary={client.summary} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <AssetAllocationChart groups={client.assetAllocation} />
        </Col>
        <Col xs={24} lg={14}>
          <AssetHistoryChart client={client} />
        </Col>
      </Row>
      <ClientAccounts client={client} />
      <ClientTabs clientId={client.id} kind={client.kind} hasCredit={hasCredit} editable={editable} />
    </Space>
  );
}
