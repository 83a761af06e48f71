import { Card, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import type { CustomerKind } from '../../../gql/graphql';
import { CashFlowsTab } from './CashFlowsTab';
import { ContributionTab } from './ContributionTab';
import { CreditTab } from './CreditTab';
import { DimensionsTab } from './DimensionsTab';
import { HoldingsTab } from './HoldingsTab';
import { InstitutionTab } from './InstitutionTab';
import { InteractionsTab } from './InteractionsTab';
import { ProductsTab } from './ProductsTab';
import { RecommendationsTab } from './RecommendationsTab';
import { SuitabilityTab } from './SuitabilityTab';
import { TimelineTab } from './TimelineTab';
import { TradesTab } from './TradesTab';

export interface ClientTabsProps {
  clientId: string;
  kind: CustomerKind;
  // Whether the client has a credit (margin) account, so a credit summary.
  hasCredit: boolean;
  // Whether the viewer may act for the client (canWriteClient).
  editable?: boolean;
}

// ClientTabs holds everything beyond the first paint. A tab's content,
// and so its query, is rendered only once the tab is first opened; it is
// kept afterwards. The open tab is in the URL, for going back to it.
export function ClientTabs({ clientId, kind, hasCredit, editable = false }: ClientTabsProps) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tabs: [string, ReactNode, boolean][] = [
    ['holdings', <HoldingsTab clientId={clientId} />, true],
    ['trades', <TradesTab clientId={clientId} />, true],
    ['cashFlows', <CashFlowsTab clientId={clientId} />, true],
    ['timeline', <TimelineTab clientId={clientId} />, true],
    ['suitability', <SuitabilityTab clientId={clientId} />, true],
    ['products', <ProductsTab clientId={clientId} editable={editable} />, true],
    ['recommendations', <RecommendationsTab clientId={clientId} />, true],
    ['contribution', <ContributionTab clientId={clientId} />, true],
    ['credit', <CreditTab clientId={clientId} />, hasCredit],
    ['institution', <InstitutionTab clientId={clientId} />, kind === 'INSTITUTION'],
    ['interactions', <InteractionsTab clientId={clientId} />, true],
    ['dimensions', <DimensionsTab clientId={clientId} />, true],
  ];
  const items = tabs.filter(([, , shown]) => shown).map(([key, children]) => ({ key, label: t(`pages.clientDetail.tabs.${key}`), children }));
  const asked = params.get('tab');
  const active = items.some((i) => i.key === asked) ? asked! : items[0].key;
  return (
    <Card>
      <Tabs
        activeKey={active}
        items={items}
        onChange={(tab) =>
          setParams(
            (prev) => {
              const next = new URLSearchParams(prev);
              next.set('tab', tab);
              return next;
            },
            { replace: true },
          )
        }
        data-testid="client-tabs"
      />
    </Card>
  );
}
