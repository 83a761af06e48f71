import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';

import { Chart } from '../../../components/Chart';
import type { AssetAllocationChartFragment } from '../../../gql/graphql';
import { formatDecimal } from '../../../utils/decimal';

export interface AssetAllocationChartProps {
  groups: AssetAllocationChartFragment['assetAllocation'];
}

// AssetAllocationChart is the pie of the client's market value by asset
// class. The slices are drawn from the amounts; the labels show the exact
// amounts and the server's weights.
export function AssetAllocationChart({ groups }: AssetAllocationChartProps) {
  const { t } = useTranslation();
  const label = (i: number) => {
    const g = groups[i];
    return `${t(`enums.assetClass.${g.assetClass}`)}<br/>${formatDecimal(g.marketValue)} (${formatDecimal(g.weight, 2)}%)`;
  };
  return (
    <Card title={t('pages.clientDetail.allocation.title')} data-testid="asset-allocation">
      {groups.length === 0 ? (
        <Empty description={t('pages.clientDetail.allocation.empty')} />
      ) : (
        <Chart
          option={{
            tooltip: { trigger: 'item', formatter: (p) => label((p as { dataIndex: number }).dataIndex) },
            legend: { bottom: 0 },
            series: [
              {
                type: 'pie',
                radius: ['40%', '70%'],
                // A float is fine for the size of a slice; no amount is read back from it.
                data: groups.map((g) => ({ name: t(`enums.assetClass.${g.assetClass}`), value: Number(g.marketValue) })),
              },
            ],
          }}
        />
      )}
    </Card>
  );
}
