import { useQuery } from '@apollo/client/react';
import { Descriptions, Empty, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import type { ClientSuitabilityQuery } from '../../../gql/graphql';
import { nodes, type NodeOf } from '../../../utils/nodes';
import { CLIENT_SUITABILITY } from '../graphql/clientSuitability';
import { customerNode, type CustomerNode } from '../utils/customerNode';
import { RiskLevelTag } from './RiskLevelTag';

type Assessment = NodeOf<CustomerNode<ClientSuitabilityQuery>['riskAssessments']>;

export interface SuitabilityTabProps {
  clientId: string;
}

const at = (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm');

// SuitabilityTab is the client's suitability profile (适当性): investor
// class, the current risk assessment in full, and the earlier ones.
export function SuitabilityTab({ clientId }: SuitabilityTabProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CLIENT_SUITABILITY, { variables: { id: clientId } });
  const client = customerNode(data?.node);
  if (error) return <ErrorAlert error={error} />;
  if (loading || !client) return <Spin />;
  const k = (key: string) => t(`pages.clientDetail.suitability.${key}`);
  const current = client.currentRiskAssessment;
  return (
    <Space vertical size="large" style={{ width: '100%' }}>
      <Descriptions
        title={k('current')}
        column={{ xs: 1, md: 2, xl: 3 }}
        data-testid="suitability"
        items={[
          { key: 'investorClass', label: k('investorClass'), children: t(`enums.investorClass.${client.investorClass}`) },
          { key: 'level', label: k('level'), children: <RiskLevelTag assessment={current} /> },
          ...(current
            ? [
                { key: 'score', label: k('score'), children: current.score },
                {
                  key: 'lowest',
                  label: k('lowestCategory'),
                  children: current.lowestCategory ? (
                    <Tooltip title={k('lowestCategoryHelp')}>
                      <Tag color="red">{t('common.yes')}</Tag>
                    </Tooltip>
                  ) : (
                    t('common.no')
                  ),
                },
                { key: 'horizon', label: k('horizon'), children: t(`enums.horizon.${current.horizon}`) },
                {
                  key: 'varieties',
                  label: k('varieties'),
                  children: current.varieties.map((v) => <Tag key={v}>{t(`enums.variety.${v}`)}</Tag>),
                },
                { key: 'assessedAt', label: k('assessedAt'), children: at(current.assessedAt) },
                { key: 'expiresAt', label: k('expiresAt'), children: at(current.expiresAt) },
                { key: 'channel', label: k('channel'), children: t(`enums.riskAssessmentChannel.${current.channel}`) },
                { key: 'questionnaire', label: k('questionnaire'), children: current.questionnaireVersion },
                { key: 'assessedBy', label: k('assessedBy'), children: current.assessedBy?.displayName ?? '—' },
              ]
            : []),
        ]}
      />
      {!current && <Empty description={k('never')} />}
      {current && (
        <>
          <Typography.Title level={5}>{k('history')}</Typography.Title>
          <Table<Assessment>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={nodes(client.riskAssessments)}
            columns={[
              { title: k('assessedAt'), dataIndex: 'assessedAt', render: at },
              { title: k('level'), dataIndex: 'level', render: (v: string) => t(`enums.riskCategory.${v}`) },
              { title: k('score'), dataIndex: 'score', align: 'right' },
              { title: k('expiresAt'), dataIndex: 'expiresAt', render: at },
              { title: k('channel'), dataIndex: 'channel', render: (v: string) => t(`enums.riskAssessmentChannel.${v}`) },
            ]}
          />
        </>
      )}
    </Space>
  );
}
