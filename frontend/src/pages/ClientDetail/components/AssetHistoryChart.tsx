import { Card } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { Chart } from '../../../components/Chart';
import type { AssetHistoryChartFragment } from '../../../gql/graphql';
import { formatDecimal } from '../../../utils/decimal';
import { nodes } from '../../../utils/nodes';

export interface AssetHistoryChartProps {
  client: AssetHistoryChartFragment;
}

// AssetHistoryChart draws the client's total assets at each month end and
// today.
export function AssetHistoryChart({ client }: AssetHistoryChartProps) {
  const { t } = useTranslation();
  const points = [
    ...nodes(client.assetSnapshots).map((s) => ({ label: dayjs(s.asOf).format('YYYY-MM'), total: s.totalAssets })),
    { label: t('pages.clientDetail.history.today'), total: client.summary.totalAssets },
  ];
  return (
    <Card title={t('pages.clientDetail.history.title')} data-testid="asset-history">
      <Chart
        option={{
          grid: { left: 16, right: 24, top: 24, bottom: 24, containLabel: true },
          tooltip: {
            trigger: 'axis',
            formatter: (p) => {
              const i = (Array.isArray(p) ? p[0] : p).dataIndex;
              return `${points[i].label}<br/>${t('pages.clientDetail.history.totalAssets')}: ${formatDecimal(points[i].total)}`;
            },
          },
          xAxis: { type: 'category', data: points.map((p) => p.label), boundaryGap: false },
          yAxis: { type: 'value', scale: true },
          // The line's height is drawn from a float; the tooltip shows the exact amount.
          series: [{ type: 'line', smooth: true, areaStyle: { opacity: 0.15 }, data: points.map((p) => Number(p.total)) }],
        }}
      />
    </Card>
  );
}
