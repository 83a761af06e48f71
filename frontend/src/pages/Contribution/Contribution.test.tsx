import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { createCache } from '../../apollo';
import { CONTRIBUTION } from './graphql/contribution';
import { ContributionPage } from '.';

// jsdom draws no canvas; the charts' options are not what is tested here.
vi.mock('../../components/Chart', () => ({ Chart: () => <div data-testid="chart" /> }));

const group = (id: string | null, name: string, revenue: string, share: string) => ({
  __typename: 'ContributionGroup',
  id,
  name,
  clients: 10,
  revenue,
  share,
});

const analysis = {
  __typename: 'ContributionAnalysis',
  period: 'LAST_365_DAYS',
  clients: 300,
  payingClients: 240,
  total: '1234567.8912',
  commission: '1000000.00',
  fees: '34567.89',
  marginInterest: '100000.00',
  productFees: '100000.0012',
  clientsFor80Percent: '18.3333',
  pareto: Array.from({ length: 101 }, (_, i) => ({ __typename: 'ParetoPoint', clientShare: String(i), revenueShare: String(Math.min(100, i * 4)) })),
  branches: [group('b1', '北京建国路证券营业部', '800000.00', '64.8'), group('b2', '上海陆家嘴证券营业部', '434567.89', '35.2')],
  advisors: [group('u1', '张伟', '600000.00', '48.6'), group(null, '', '10000.00', '0.8')],
  topClients: [
    { __typename: 'ClientRevenue', revenue: '50000.00', client: { __typename: 'Customer', id: 'c9', clientNo: '001000000009', name: '赵敏' } },
  ],
};

describe('ContributionPage', () => {
  it('shows the totals, the Pareto point, revenue by branch or advisor and the top clients', async () => {
    render(
      <MockedProvider mocks={[{ request: { query: CONTRIBUTION, variables: { period: 'LAST_365_DAYS', top: 20 } }, result: { data: { contribution: analysis } } }]} cache={createCache()}>
        <MemoryRouter initialEntries={['/contribution']}>
          <ContributionPage />
        </MemoryRouter>
      </MockedProvider>,
    );
    expect((await screen.findByTestId('contribution-total')).textContent).toBe('1,234,567.89');
    expect(screen.getByTestId('contribution-payingClients').textContent).toBe('240');
    expect(screen.getByTestId('contribution-clientsFor80Percent').textContent).toBe('18.3%');
    expect(screen.getByTestId('pareto-summary').textContent).toBe('前 18.3% 的客户贡献了 80% 的收入。');

    const groups = screen.getByTestId('contribution-groups');
    expect(within(groups).getByText('北京建国路证券营业部')).toBeTruthy();
    expect(within(groups).getByText('800,000.00')).toBeTruthy();
    fireEvent.click(screen.getByText('按客户经理'));
    expect(within(groups).getByText('张伟')).toBeTruthy();
    expect(within(groups).getByText('未分配客户经理')).toBeTruthy();

    const top = within(screen.getByTestId('top-clients')).getByRole('link', { name: '001000000009' });
    expect(top.getAttribute('href')).toBe('/clients/c9');
  });
});
