import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { Chart } from '../../../components/Chart';
import { formatDecimal } from '../../../utils/decimal';

export interface ParetoChartProps {
  pareto: ReadonlyArray<{ clientShare: string; revenueShare: string }>;
  clientsFor80Percent: string;
}

// ParetoChart draws the share of revenue the best clients bring (x: the
// top share of clients, y: their share of revenue, both in percent), with
// the point where it reaches 80% marked. The curve is drawn from floats;
// the figures written are the server's, exactly.
export function ParetoChart({ pareto, clientsFor80Percent }: ParetoChartProps) {
  const { t } = useTranslation();
  const k = (key: string) => t(`pages.contribution.pareto.${key}`);
  const at80 = Number(clientsFor80Percent);
  const shown = formatDecimal(clientsFor80Percent, 1);
  return (
    <Card title={k('title')} data-testid="pareto-chart">
      <Typography.Paragraph type="secondary" data-testid="pareto-summary">
        {t('pages.contribution.pareto.summary', { share: shown })}
      </Typography.Paragraph>
      <Chart
        height={320}
        option={{
          grid: { left: 16, right: 32, top: 32, bottom: 32, containLabel: true },
          tooltip: {
            trigger: 'axis',
            formatter: (p) => {
              const i = (Array.isArray(p) ? p[0] : p).dataIndex;
              const point = pareto[i];
              return point
                ? t('pages.contribution.pareto.tooltip', {
                    clients: formatDecimal(point.clientShare, 1),
                    revenue: formatDecimal(point.revenueShare, 1),
                  })
                : '';
            },
          },
          xAxis: { type: 'value', min: 0, max: 100, name: k('clientShare'), nameLocation: 'middle', nameGap: 24, axisLabel: { formatter: '{value}%' } },
          yAxis: { type: 'value', min: 0, max: 100, name: k('revenueShare'), axisLabel: { formatter: '{value}%' } },
          series: [
            {
              type: 'line',
              name: k('curve'),
              showSymbol: false,
              smooth: true,
              areaStyle: { opacity: 0.12 },
              data: pareto.map((p) => [Number(p.clientShare), Number(p.revenueShare)]),
              markLine: {
                symbol: 'none',
                lineStyle: { type: 'dashed', color: '#cf1322' },
                label: { formatter: '{b}' },
                data: [
                  { name: '80%', yAxis: 80 },
                  { name: `${shown}%`, xAxis: at80 },
                ],
              },
              markPoint: {
                symbolSize: 44,
                itemStyle: { color: '#cf1322' },
                label: { formatter: `${shown}%`, fontSize: 10 },
                data: [{ name: '80%', coord: [at80, 80] }],
              },
            },
            {
              type: 'line',
              name: k('even'),
              showSymbol: false,
              silent: true,
              lineStyle: { type: 'dotted', color: '#bfbfbf' },
              data: [
                [0, 0],
                [100, 100],
              ],
            },
          ],
        }}
      />
    </Card>
  );
}
