import { Card, Col, Row, Statistic } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { SignedAmount } from '../../../components/SignedAmount';
import type { ClientSummaryFiguresFragment } from '../../../gql/graphql';
import { formatDecimal, percentChange } from '../../../utils/decimal';

export interface ClientSummaryFiguresProps {
  summary: ClientSummaryFiguresFragment['summary'];
}

// ClientSummaryFigures are the client's figures today, as the server
// computed them; the only figure computed here is the change over a year,
// exactly, from the two totals.
export function ClientSummaryFigures({ summary }: ClientSummaryFiguresProps) {
  const { t } = useTranslation();
  const k = (key: string) => t(`pages.clientDetail.summary.${key}`);
  const date = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD') : k('never'));
  const change = summary.assets12MonthsAgo ? percentChange(summary.assets12MonthsAgo, summary.totalAssets) : null;

  const figures: [string, ReactNode][] = [
    ['totalAssets', formatDecimal(summary.totalAssets)],
    ['cash', formatDecimal(summary.cash)],
    ['marketValue', formatDecimal(summary.marketValue)],
    ['marginDebt', formatDecimal(summary.marginDebt)],
    ['unrealisedPnl', <SignedAmount value={summary.unrealisedPnl} />],
    ['netInflow30d', <SignedAmount value={summary.netInflow30d} />],
    ['netInflow90d', <SignedAmount value={summary.netInflow90d} />],
    ['netInflow365d', <SignedAmount value={summary.netInflow365d} />],
    ['lastTradeAt', date(summary.lastTradeAt)],
    ['lastContactAt', date(summary.lastContactAt)],
    ['assets12MonthsAgo', summary.assets12MonthsAgo ? formatDecimal(summary.assets12MonthsAgo) : '—'],
    ['assetsChange', change ? <SignedAmount value={change} suffix="%" /> : '—'],
  ];
  return (
    <Card title={k('title')} data-testid="client-summary">
      <Row gutter={[24, 16]}>
        {figures.map(([key, value]) => (
          <Col key={key} xs={12} md={8} xl={4}>
            <Statistic title={k(key)} valueRender={() => <span data-testid={`summary-${key}`}>{value}</span>} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
