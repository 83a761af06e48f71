import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { Chart } from '../../../components/Chart';
import type { ProductNavChartFragment } from '../../../gql/graphql';
import { navSeries } from '../utils/navSeries';

export interface ProductNavChartProps {
  product: ProductNavChartFragment;
}

// ProductNavChart draws the product's NAV over time. The line's height is
// drawn from a float; the tooltip shows the NAV exactly as recorded.
export function ProductNavChart({ product }: ProductNavChartProps) {
  const { t } = useTranslation();
  const points = navSeries(product);
  const total = product.navs.totalCount;
  return (
    <Card title={t('pages.productDetail.nav.title')} data-testid="product-nav-chart">
      {points.length === 0 ? (
        <Empty description={t('pages.productDetail.nav.empty')} />
      ) : (
        <>
          <Chart
            option={{
              grid: { left: 16, right: 24, top: 24, bottom: 24, containLabel: true },
              tooltip: {
                trigger: 'axis',
                formatter: (p) => {
                  const i = (Array.isArray(p) ? p[0] : p).dataIndex;
                  return `${points[i].date}<br/>${t('pages.productDetail.nav.nav')}: ${points[i].nav}`;
                },
              },
              xAxis: { type: 'category', data: points.map((p) => p.date), boundaryGap: false },
              yAxis: { type: 'value', scale: true },
              series: [{ type: 'line', smooth: true, showSymbol: points.length < 60, data: points.map((p) => Number(p.nav)) }],
            }}
          />
          {total > points.length && (
            <Typography.Text type="secondary">{t('pages.productDetail.nav.shown', { shown: points.length, total })}</Typography.Text>
          )}
        </>
      )}
    </Card>
  );
}
