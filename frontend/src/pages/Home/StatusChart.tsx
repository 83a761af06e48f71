import { useQuery } from '@apollo/client/react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';

import { Chart } from '../../components/Chart';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { CustomerStatus } from '../../gql/graphql';
import { CLIENT_STATUS_COUNTS } from './graphql/statusCounts';

// StatusChart shows the viewer's clients by status.
export function StatusChart() {
  const { t } = useTranslation();
  const { data, error } = useQuery(CLIENT_STATUS_COUNTS);
  if (error) return <ErrorAlert error={error} />;
  const counts: [CustomerStatus, number][] = data
    ? [
        ['NORMAL', data.normal.totalCount],
        ['FROZEN', data.frozen.totalCount],
        ['REPORTED_LOST', data.reportedLost.totalCount],
        ['CLOSED', data.closed.totalCount],
        ['POTENTIAL', data.potential.totalCount],
      ]
    : [];
  return (
    <Card title={t('pages.home.statusChart')} loading={!data}>
      <Chart
        option={{
          tooltip: { trigger: 'item' },
          legend: { bottom: 0 },
          series: [
            {
              type: 'pie',
              radius: ['40%', '70%'],
              data: counts.map(([status, value]) => ({ name: t(`enums.status.${status}`), value })),
            },
          ],
        }}
      />
    </Card>
  );
}
