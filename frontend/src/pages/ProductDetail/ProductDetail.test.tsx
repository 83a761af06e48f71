import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { ViewerContext, type Viewer } from '../../auth/viewerContext';
import { PRODUCT } from './graphql/product';
import { ProductDetailPage } from '.';

// jsdom draws no canvas; the chart's options are not what is tested here.
vi.mock('../../components/Chart', () => ({ Chart: () => <div data-testid="chart" /> }));

const advisor: Viewer = { id: 'u1', username: 'advisor1', displayName: '张伟', role: 'ADVISOR', branch: null };
const pm: Viewer = { id: 'pm1', username: 'pm1', displayName: '产品经理', role: 'PRODUCT_MANAGER', branch: null };

const product = (status: string) => ({
  __typename: 'Product',
  id: 'p1',
  code: 'P000123',
  name: '招商稳健债券A',
  type: 'BOND_FUND',
  riskLevel: 'R2',
  status,
  version: 3,
  issuer: '招商基金',
  manager: null,
  updatedAt: '2024-05-01T10:00:00Z',
  submittedAt: null,
  submittedBy: null,
  horizon: 'MEDIUM',
  variety: 'FIXED_INCOME',
  nav: '1.0234',
  navDate: '2024-04-30',
  return1y: '-2.5000',
  salesAmount: '0.0000',
  minAmount: '1000.0000',
  stepAmount: '100.0000',
  subscriptionFeeRate: '0.8000',
  redemptionFeeRate: '0.5000',
  managementFeeRate: '0.7000',
  custodyFeeRate: '0.2000',
  expectedReturnMin: '2.5000',
  expectedReturnMax: '4.0000',
  saleStart: '2024-01-01',
  saleEnd: '2024-12-31',
  professionalOnly: false,
  qualifiedOnly: true,
  refuseMismatch: false,
  assessmentValidityMonths: null,
  refuseFromAge: 70,
  coolingOffHours: 24,
  navs: {
    __typename: 'ProductNavConnection',
    totalCount: 2,
    edges: [
      { __typename: 'ProductNavEdge', node: { __typename: 'ProductNav', id: 'n2', date: '2024-04-30', nav: '1.0234' } },
      { __typename: 'ProductNavEdge', node: { __typename: 'ProductNav', id: 'n1', date: '2024-03-31', nav: '1.0100' } },
    ],
  },
  documents: [{ __typename: 'ProductDocument', title: '招募说明书', kind: 'PROSPECTUS', url: 'https://example.com/p.pdf', version: '2024-01' }],
});

function renderPage(viewer: Viewer, status: string) {
  render(
    <MockedProvider mocks={[{ request: { query: PRODUCT, variables: { id: 'p1' } }, result: { data: { node: product(status) } } }]}>
      <App>
        <ViewerContext.Provider value={viewer}>
          <MemoryRouter initialEntries={['/products/p1']}>
            <Routes>
              <Route path="/products/:id" element={<ProductDetailPage />} />
            </Routes>
          </MemoryRouter>
        </ViewerContext.Provider>
      </App>
    </MockedProvider>,
  );
}

describe('ProductDetailPage', () => {
  it("shows an advisor the product's key figures and documents, without history or actions", async () => {
    renderPage(advisor, 'PUBLISHED');
    expect((await screen.findByTestId('product-name')).textContent).toContain('招商稳健债券A');
    expect(screen.getByTestId('product-status').textContent).toBe('已发布');
    expect(screen.getByTestId('figure-nav').textContent).toBe('1.0234');
    expect(screen.getByTestId('figure-return1y').textContent).toBe('-2.50%');
    expect(screen.getByTestId('figure-minAmount').textContent).toBe('1,000.00');
    expect(screen.getByTestId('figure-stepAmount').textContent).toBe('100.00');
    expect(screen.getByTestId('figure-expectedReturn').textContent).toBe('2.50% ~ 4.00%');
    expect(screen.getByTestId('figure-saleWindow').textContent).toBe('2024-01-01 至 2024-12-31');
    expect(screen.getByTestId('figure-refuseFromAge').textContent).toBe('70 岁及以上拒绝');
    expect(screen.getByTestId('figure-coolingOffHours').textContent).toBe('24 小时');
    expect(screen.getByRole('link', { name: '招募说明书' }).getAttribute('href')).toBe('https://example.com/p.pdf');
    expect(screen.getByTestId('chart')).toBeTruthy();
    expect(screen.queryByRole('tab', { name: '历史版本' })).toBeNull();
    expect(screen.queryByTestId('product-actions')).toBeNull();
  });

  it('lets the product manager edit and submit a draft, and read its history', async () => {
    renderPage(pm, 'DRAFT');
    await screen.findByTestId('product-name');
    expect(screen.getByTestId('product-edit')).toBeTruthy();
    expect(screen.getByTestId('product-action-SUBMIT')).toBeTruthy();
    expect(screen.getByRole('tab', { name: '历史版本' })).toBeTruthy();
  });
});
