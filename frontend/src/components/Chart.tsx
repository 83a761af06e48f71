import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, MarkPointComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsOption } from 'echarts';

// Only the charts the app uses are registered, which keeps the bundle small.
echarts.use([
  PieChart,
  LineChart,
  BarChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkLineComponent,
  MarkPointComponent,
  CanvasRenderer,
]);

export interface ChartProps {
  option: EChartsOption;
  height?: number;
}

export function Chart({ option, height = 280 }: ChartProps) {
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height }} notMerge />;
}
