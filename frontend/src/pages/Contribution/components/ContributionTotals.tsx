import { Card, Col, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ContributionQuery } from '../../../gql/graphql';
import { formatDecimal } from '../../../utils/decimal';

export interface ContributionTotalsProps {
  analysis: ContributionQuery['contribution'];
}

// ContributionTotals are the period's figures as the server summed them:
// how many clients brought revenue, and the revenue by kind.
export function ContributionTotals({ analysis: a }: ContributionTotalsProps) {
  const { t } = useTranslation();
  const k = (key: string) => t(`pages.contribution.totals.${key}`);
  const figures: [string, ReactNode][] = [
    ['clients', a.clients.toLocaleString()],
    ['payingClients', a.payingClients.toLocaleString()],
    ['total', formatDecimal(a.total)],
    ['commission', formatDecimal(a.commission)],
    ['fees', formatDecimal(a.fees)],
    ['marginInterest', formatDecimal(a.marginInterest)],
    ['productFees', formatDecimal(a.productFees)],
    ['clientsFor80Percent', `${formatDecimal(a.clientsFor80Percent, 1)}%`],
  ];
  return (
    <Card data-testid="contribution-totals">
      <Row gutter={[24, 16]}>
        {figures.map(([key, value]) => (
          <Col key={key} xs={12} md={6} xl={3}>
            <Statistic title={k(key)} valueRender={() => <span data-testid={`contribution-${key}`}>{value}</span>} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
