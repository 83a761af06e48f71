import { useQuery } from '@apollo/client/react';
import { Card, Segmented, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import type { ContributionPeriod } from '../../gql/graphql';
import { useUrlState } from '../../hooks/useUrlState';
import { ContributionGroups } from './components/ContributionGroups';
import { ContributionTotals } from './components/ContributionTotals';
import { ParetoChart } from './components/ParetoChart';
import { TopClients } from './components/TopClients';
import { CONTRIBUTION } from './graphql/contribution';

const PERIODS: ContributionPeriod[] = ['LAST_30_DAYS', 'LAST_90_DAYS', 'LAST_180_DAYS', 'LAST_365_DAYS', 'YEAR_TO_DATE'];
const DEFAULT_PERIOD: ContributionPeriod = 'LAST_365_DAYS';
const TOP = 20;

// ContributionPage analyses the revenue the viewer's clients brought over
// a period (客户贡献分析): totals, how concentrated it is (Pareto), by
// branch or advisor, and the clients who brought the most. The period is
// in the URL.
export function ContributionPage() {
  const { t } = useTranslation();
  const { get, update } = useUrlState();
  const asked = get('period') as ContributionPeriod | undefined;
  const period = asked && PERIODS.includes(asked) ? asked : DEFAULT_PERIOD;
  const { data, loading, error } = useQuery(CONTRIBUTION, { variables: { period, top: TOP } });
  const a = data?.contribution;
  return (
    <Space vertical size="large" style={{ width: '100%' }}>
      <Card
        title={t('pages.contribution.title')}
        extra={
          <Segmented<ContributionPeriod>
            value={period}
            onChange={(p) => update({ period: p === DEFAULT_PERIOD ? undefined : p })}
            options={PERIODS.map((p) => ({ value: p, label: t(`enums.contributionPeriod.${p}`) }))}
            data-testid="contribution-period"
          />
        }
      >
        <Typography.Text type="secondary">{t('pages.contribution.help')}</Typography.Text>
      </Card>
      {error && <ErrorAlert error={error} />}
      {loading && !a && <PageLoading />}
      {a && (
        <>
          <ContributionTotals analysis={a} />
          <ParetoChart pareto={a.pareto} clientsFor80Percent={a.clientsFor80Percent} />
          <ContributionGroups branches={a.branches} advisors={a.advisors} />
          <TopClients rows={a.topClients} />
        </>
      )}
    </Space>
  );
}
