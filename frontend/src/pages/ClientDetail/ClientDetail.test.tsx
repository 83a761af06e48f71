import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { createCache } from '../../apollo';
import { ViewerContext, type Viewer } from '../../auth/viewerContext';
import { CLIENT } from './graphql/client';
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

const mocks = [
  { request: { query: CLIENT, variables: { id: 'c1' } }, result: { data: { node: client } } },
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

    // A credit account brings the credit tab; an individual has no institution tab.
    const tabs = screen.getByTestId('client-tabs');
    expect(within(tabs).getByRole('tab', { name: '信用' })).toBeTruthy();
    expect(within(tabs).queryByRole('tab', { name: '机构' })).toBeNull();

    // The timeline is asked for only once its tab is opened.
    expect(screen.queryByText('买入 600519 贵州茅台 100 股')).toBeNull();
    fireEvent.click(within(tabs).getByRole('tab', { name: '时间线' }));
    expect(await screen.findByText('买入 600519 贵州茅台 100 股')).toBeTruthy();
  });
});
