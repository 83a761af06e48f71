import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ClientStatusTag } from '../../../components/ClientStatusTag';
import type { ClientHeaderFragment } from '../../../gql/graphql';
import { AssetTierTag } from './AssetTierTag';
import { ClientClassTags } from './ClientClassTags';
import { ClientTagsEditor } from './ClientTagsEditor';
import { RiskLevelTag } from './RiskLevelTag';

export interface ClientHeaderProps {
  client: ClientHeaderFragment;
  // Whether the viewer may act on the client: the actions and tag editing.
  editable: boolean;
  actions?: ReactNode;
  // The personal data, below the rest.
  children?: ReactNode;
}

// ClientHeader says who the client is: name, number, status, class,
// current risk level, asset tier, advisor, branch, tags and classes.
export function ClientHeader({ client, editable, actions, children }: ClientHeaderProps) {
  const { t } = useTranslation();
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', alignItems: 'flex-start' }} wrap>
        <Typography.Title level={3} data-testid="client-name" style={{ marginTop: 0 }}>
          {client.name} <ClientStatusTag status={client.status} />
          {client.kind === 'INSTITUTION' && <Tag>{t('enums.customerKind.INSTITUTION')}</Tag>}
        </Typography.Title>
        {editable && actions}
      </Space>
      <Descriptions
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'clientNo', label: t('pages.clientDetail.clientNo'), children: <span data-testid="client-no">{client.clientNo}</span> },
          { key: 'investorClass', label: t('pages.clientDetail.investorClass'), children: t(`enums.investorClass.${client.investorClass}`) },
          { key: 'risk', label: t('pages.clientDetail.header.riskLevel'), children: <RiskLevelTag assessment={client.currentRiskAssessment} /> },
          { key: 'tier', label: t('pages.clientDetail.header.assetTier'), children: <AssetTierTag totalAssets={client.summary.totalAssets} /> },
          { key: 'advisor', label: t('pages.clientDetail.advisor'), children: client.advisor?.displayName ?? '—' },
          { key: 'branch', label: t('pages.clientDetail.branch'), children: client.branch.name },
          { key: 'tags', label: t('pages.clientDetail.tags'), span: 'filled', children: <ClientTagsEditor client={client} editable={editable} /> },
          { key: 'classes', label: t('pages.clientDetail.classes'), span: 'filled', children: <ClientClassTags classes={client.classes} /> },
        ]}
      />
      {children}
    </Card>
  );
}
