import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { createCache } from '../../apollo';
import { ViewerContext, type Viewer } from '../../auth/viewerContext';
import { CLIENT } from './graphql/client';
import { CLIENT_DIMENSIONS } from './graphql/clientDimensions';
import { CLIENT_HOLDINGS } from './graphql/clientHoldings';
import { CLIENT_TIMELINE } from './graphql/clientTimeline';
import { ClientDetailPage } from '.';

// jsdom draws no canvas; the charts' options are not what is tested here.
vi.mock('../../components/Chart', () => ({ Chart: () => <div data-testid="chart" /> }));

const advisor: Viewer = { id: 'u1', username: 'advisor1', displayName: '张伟', role: 'ADVISOR', branch: null };

const client = {
  __typename: 'Customer',
  id: 'c1',
  advisorID: 'u1',
  name: '王芳',
  clientNo: '001000000042',
  kind: 'INDIVIDUAL',
  status: 'NORMAL',
  investorClass: 'ORDINARY',
  advisor: { __typename: 'User', id: 'u1', displayName: '张伟' },
  branch: { __typename: 'Branch', id: 'b1', name: '北京建国路证券营业部' },
  currentRiskAssessment: { __typename: 'RiskAssessment', id: 'r1', level: 'C3', expiresAt: '2099-01-01T00:00:00+08:00' },
  tags: { __typename: 'TagConnection', edges: [] },
  classes: [
    {
      __typename: 'ClientClass',
      scheme: { __typename: 'ClassificationScheme', id: 's1', key: 'asset_tier', nameZh: '动态资产等级', nameEn: 'Asset tier' },
      class: { __typename: 'SchemeClass', key: 'T3', nameZh: '50万–200万', nameEn: '500k–2M' },
    },
    {
      __typename: 'ClientClass',
      scheme: { __typename: 'ClassificationScheme', id: 's2', key: 'activity', nameZh: '交易活跃度', nameEn: 'Activity' },
      class: null,
    },
  ],
  idNumber: '110***********1234',
  phone: '138****5678',
  email: null,
  address: null,
  piiVisible: false,
  summary: {
    __typename: 'ClientSummary',
    totalAssets: '600000.00',
    cash: '100000.00',
    marketValue: '520000.00',
    marginDebt: '20000.00',
    unrealisedPnl: '-1234.50',
    netInflow30d: '5000.00',
    netInflow90d: '0.00',
    netInflow365d: '-20000.00',
    lastTradeAt: '2024-05-20T10:00:00+08:00',
    lastContactAt: null,
    assets12MonthsAgo: '480000.00',
  },
  assetAllocation: [{ __typename: 'AssetClassGroup', assetClass: 'EQUITY', marketValue: '520000.00', weight: '100.00' }],
  assetSnapshots: {
    __typename: 'AssetSnapshotConnection',
    edges: [{ __typename: 'AssetSnapshotEdge', node: { __typename: 'AssetSnapshot', id: 's1', asOf: '2024-04-30', totalAssets: '590000.00' } }],
  },
  accounts: {
    __typename: 'AccountConnection',
    edges: [
      {
        __typename: 'AccountEdge',
        node: {
          __typename: 'Account',
          id: 'a1',
          accountNo: 'A00001',
          type: 'CREDIT',
          market: 'SH',
          currency: 'CNY',
          status: 'NORMAL',
          cashBalance: '100000.00',
          marginDebt: '20000.00',
        },
      },
    ],
  },
};

const dimension = (key: string, nameZh: string, group: string, type: string, unit: string | null, value: string | null) => ({
  __typename: 'ClientDimensionValue',
  value,
  dimension: { __typename: 'SegmentDimension', key, nameZh, nameEn: key, group, type, unit },
});

const mocks = [
  { request: { query: CLIENT, variables: { id: 'c1' } }, result: { data: { node: client } } },
  {
    request: { query: CLIENT_DIMENSIONS, variables: { id: 'c1' } },
    result: {
      data: {
        node: {
          __typename: 'Customer',
          id: 'c1',
          metricsRefreshedAt: '2024-05-21T02:00:00+08:00',
          dimensions: [
            dimension('total_assets', '总资产', 'HOLDINGS', 'MONEY', 'CNY', '600000.0000'),
            dimension('position_ratio', '持仓比例', 'HOLDINGS', 'NUMBER', '%', '86.6667'),
            dimension('trades_365d', '近365天交易笔数', 'BEHAVIOUR', 'INTEGER', '笔', '1234'),
            dimension('has_credit_account', '开通两融', 'MARGIN', 'BOOLEAN', null, 'true'),
            dimension('trading_style', '交易风格', 'BEHAVIOUR', 'ENUM', null, 'SHORT_TERM'),
            dimension('last_trade_on', '最近交易日', 'BEHAVIOUR', 'DATE', null, null),
            // Imported dimensions come in their own groups, known or not.
            dimension('imported_grade', '外部评分', 'CUSTOM', 'ENUM', null, 'A'),
            dimension('org_credit_line', '授信额度', 'INSTITUTION', 'MONEY', 'CNY', '50000000'),
          ],
        },
      },
    },
  },
  {
    request: { query: CLIENT_HOLDINGS, variables: { id: 'c1', first: 100 } },
    result: {
      data: {
        node: {
          __typename: 'Customer',
          id: 'c1',
          assetAllocation: [
            { __typename: 'AssetClassGroup', assetClass: 'EQUITY', marketValue: '520000.00', cost: '500000.00', unrealisedPnl: '20000.00', weight: '100.00', holdings: 1 },
          ],
          holdings: { __typename: 'HoldingConnection', totalCount: 1, edges: [] },
        },
      },
    },
  },
  {
    request: { query: CLIENT_TIMELINE, variables: { id: 'c1', first: 20 } },
    result: {
      data: {
        node: {
          __typename: 'Customer',
          id: 'c1',
          timeline: {
            __typename: 'TimelineConnection',
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'x' },
            edges: [
              {
                __typename: 'TimelineEdge',
                cursor: 'x',
                node: { __typename: 'TimelineItem', kind: 'TRADE', at: '2024-05-20T10:00:00+08:00', title: '买入 600519 贵州茅台 100 股', amount: '168000.00', node: null },
              },
            ],
          },
        },
      },
    },
  },
];

describe('ClientDetailPage', () => {
  it('paints the header, figures and accounts from one query, and a tab when it is opened', { timeout: 30_000 }, async () => {
    render(
      <MockedProvider mocks={mocks} cache={createCache()}>
        <App>
          <ViewerContext.Provider value={advisor}>
            <MemoryRouter initialEntries={['/clients/c1']}>
              <Routes>
                <Route path="/clients/:id" element={<ClientDetailPage />} />
              </Routes>
            </MemoryRouter>
          </ViewerContext.Provider>
        </App>
      </MockedProvider>,
    );
    expect((await screen.findByTestId('client-name')).textContent).toContain('王芳');
    expect(screen.getByTestId('client-asset-tier').textContent).toBe('重要');
    expect(screen.getByTestId('client-phone').textContent).toBe('138****5678');
    expect(screen.getByTestId('summary-totalAssets').textContent).toBe('600,000.00');
    expect(screen.getByTestId('summary-unrealisedPnl').textContent).toBe('-1,234.50');
    expect(screen.getByTestId('summary-assetsChange').textContent).toBe('+25.00%');
    expect(screen.getByTestId('summary-lastContactAt').textContent).toBe('无');
    expect(within(screen.getByTestId('client-accounts')).getByText('A00001')).toBeTruthy();
    expect(screen.getByTestId('log-contact')).toBeTruthy(); // their own client
    // The classes the client is in, by scheme; a scheme they are in no class of is left out.
    expect(screen.getAllByTestId('client-class').map((e) => e.textContent)).toEqual(['动态资产等级: 50万–200万']);

    // A credit account brings the credit tab; an individual has no institution tab.
    const tabs = screen.getByTestId('client-tabs');
    expect(within(tabs).getByRole('tab', { name: '信用' })).toBeTruthy();
    expect(within(tabs).queryByRole('tab', { name: '机构' })).toBeNull();

    // The timeline is asked for only once its tab is opened.
    expect(screen.queryByText('买入 600519 贵州茅台 100 股')).toBeNull();
    fireEvent.click(within(tabs).getByRole('tab', { name: '时间线' }));
    expect(await screen.findByText('买入 600519 贵州茅台 100 股')).toBeTruthy();

    // The profile, by group, each value with its unit: — for none, 是 for true.
    fireEvent.click(within(tabs).getByRole('tab', { name: '画像' }));
    expect((await screen.findByTestId('dimension-total_assets')).textContent).toBe('600,000.00元');
    expect(screen.getByTestId('dimension-position_ratio').textContent).toBe('86.67%');
    expect(screen.getByTestId('dimension-trades_365d').textContent).toBe('1,234笔');
    expect(screen.getByTestId('dimension-has_credit_account').textContent).toBe('是');
    expect(screen.getByTestId('dimension-trading_style').textContent).toBe('短线');
    expect(screen.getByTestId('dimension-last_trade_on').textContent).toBe('—');
    const groups = within(screen.getByTestId('client-dimensions'))
      .getAllByText(/^(交易行为|资产持仓|两融|机构指标|CUSTOM)$/)
      .map((e) => e.textContent);
    expect(groups).toEqual(['交易行为', '资产持仓', '两融', '机构指标', 'CUSTOM']);
    expect(screen.getByTestId('dimension-org_credit_line').textContent).toBe('50,000,000.00元');
    expect(screen.getByTestId('dimension-imported_grade').textContent).toBe('A');
  });
});
