import { Card, Descriptions, Tag } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { SignedAmount } from '../../../components/SignedAmount';
import type { ProductFiguresFragment } from '../../../gql/graphql';
import { formatDecimal, signOfDecimal } from '../../../utils/decimal';

export interface ProductFiguresProps {
  product: ProductFiguresFragment;
}

// ProductFigures are the product's key figures and terms: NAV, one-year
// return, amounts, fees, expected return, sales window and the sales
// restrictions the suitability check applies. Amounts and rates are shown
// exactly as the server has them, rounded for display only.
export function ProductFigures({ product: p }: ProductFiguresProps) {
  const { t } = useTranslation();
  const f = (key: string) => t(`pages.products.fields.${key}`);
  const k = (key: string, options?: Record<string, unknown>) => t(`pages.productDetail.figures.${key}`, options);
  const none = t('pages.products.none');
  const rate = (v: string) => k('percent', { value: formatDecimal(v, 2) });
  const yesNo = (v: boolean) => (v ? <Tag color="orange">{t('common.yes')}</Tag> : t('common.no'));

  const saleWindow =
    p.saleStart && p.saleEnd
      ? k('window', { start: p.saleStart, end: p.saleEnd })
      : p.saleStart
        ? k('from', { date: p.saleStart })
        : p.saleEnd
          ? k('until', { date: p.saleEnd })
          : k('unlimited');

  const item = (key: string, label: string, children: ReactNode) => ({ key, label, children: <span data-testid={`figure-${key}`}>{children}</span> });
  const items: DescriptionsProps['items'] = [
    item('nav', f('nav'), p.nav ? formatDecimal(p.nav, 4) : none),
    item('navDate', f('navDate'), p.navDate ?? none),
    item('return1y', f('return1y'), p.return1y ? <SignedAmount value={p.return1y} suffix="%" /> : none),
    item('minAmount', f('minAmount'), formatDecimal(p.minAmount)),
    item('stepAmount', f('stepAmount'), signOfDecimal(p.stepAmount) === 0 ? k('anyStep') : formatDecimal(p.stepAmount)),
    item('salesAmount', f('salesAmount'), formatDecimal(p.salesAmount)),
    item('subscriptionFeeRate', f('subscriptionFeeRate'), rate(p.subscriptionFeeRate)),
    item('redemptionFeeRate', f('redemptionFeeRate'), rate(p.redemptionFeeRate)),
    item('managementFeeRate', f('managementFeeRate'), rate(p.managementFeeRate)),
    item('custodyFeeRate', f('custodyFeeRate'), rate(p.custodyFeeRate)),
    item(
      'expectedReturn',
      f('expectedReturn'),
      p.expectedReturnMin && p.expectedReturnMax
        ? k('range', { min: formatDecimal(p.expectedReturnMin), max: formatDecimal(p.expectedReturnMax) })
        : none,
    ),
    item('saleWindow', f('saleWindow'), saleWindow),
    item('horizon', f('horizon'), t(`enums.horizon.${p.horizon}`)),
    item('variety', f('variety'), t(`enums.variety.${p.variety}`)),
    item('professionalOnly', f('professionalOnly'), yesNo(p.professionalOnly)),
    item('qualifiedOnly', f('qualifiedOnly'), yesNo(p.qualifiedOnly)),
    item('refuseMismatch', f('refuseMismatch'), yesNo(p.refuseMismatch)),
    item(
      'assessmentValidityMonths',
      f('assessmentValidityMonths'),
      p.assessmentValidityMonths != null ? k('months', { count: p.assessmentValidityMonths }) : k('firmDefault'),
    ),
    item('refuseFromAge', f('refuseFromAge'), p.refuseFromAge != null ? k('years', { count: p.refuseFromAge }) : k('unlimited')),
    item('coolingOffHours', f('coolingOffHours'), p.coolingOffHours ? k('hours', { count: p.coolingOffHours }) : k('none')),
  ];
  return (
    <Card title={k('title')} data-testid="product-figures">
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} items={items} />
    </Card>
  );
}
