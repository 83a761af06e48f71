import { useTranslation } from 'react-i18next';

import { Chart } from '../../components/Chart';

export interface BucketChartProps {
  // The bars, in the order shown, named in the interface language.
  rows: ReadonlyArray<{ label: string; count: number }>;
  height?: number;
}

// BucketChart draws how many clients fall in each bucket (a class, an enum
// value) as bars, with each bucket's share of the whole in the tooltip.
export function BucketChart({ rows, height = 260 }: BucketChartProps) {
  const { t } = useTranslation();
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return (
    <Chart
      height={height}
      option={{
        grid: { left: 16, right: 24, top: 24, bottom: 16, containLabel: true },
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          formatter: (p) => {
            const i = (Array.isArray(p) ? p[0] : p).dataIndex;
            const share = total ? ((rows[i].count * 100) / total).toFixed(1) : '0.0';
            return `${rows[i].label}<br/>${t('pages.segments.composition.clients', { count: rows[i].count })} (${share}%)`;
          },
        },
        xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rows.length > 5 ? 30 : 0 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: rows.map((r) => r.count), barMaxWidth: 48, label: { show: true, position: 'top' } }],
      }}
    />
  );
}
