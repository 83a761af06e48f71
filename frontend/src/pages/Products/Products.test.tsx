import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

import { ViewerContext, type Viewer } from '../../auth/viewerContext';
import { PRODUCTS } from './graphql/products';
import { ProductsPage } from '.';

const advisor: Viewer = { id: 'u1', username: 'advisor1', displayName: '张伟', role: 'ADVISOR', branch: null };
const pm: Viewer = { id: 'u2', username: 'pm1', displayName: '产品经理', role: 'PRODUCT_MANAGER', branch: null };

const product = {
  __typename: 'Product' as const,
  id: 'p1',
  code: 'P000001',
  name: '招商稳健债券A',
  type: 'BOND_FUND' as const,
  riskLevel: 'R2' as const,
  horizon: 'MEDIUM' as const,
  issuer: '招商基金',
  status: 'PUBLISHED' as const,
  minAmount: '1000.0000',
  managementFeeRate: '0.7000',
  return1y: '3.2150',
  salesAmount: '1234567.8900',
};

const page = (where: object, orderBy: object[] = [{ field: 'CODE', direction: 'ASC' }]) => ({
  request: { query: PRODUCTS, variables: { first: 20, after: undefined, where, orderBy } },
  result: {
    data: {
      products: {
        __typename: 'ProductConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 'a', endCursor: 'a' },
        edges: [{ __typename: 'ProductEdge', node: product }],
      },
    },
  },
});

function renderPage(viewer: Viewer, url: string, mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[url]}>
        <ViewerContext.Provider value={viewer}>
          <ProductsPage />
        </ViewerContext.Provider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('ProductsPage', () => {
  it('lists what is on sale to an advisor, with the figures exactly as the server has them', async () => {
    renderPage(advisor, '/products', [page({ and: [{ status: 'PUBLISHED' }] })]);
    expect(await screen.findByText('招商稳健债券A')).toBeTruthy();
    expect(screen.getByText('3.22%')).toBeTruthy();
    expect(screen.getByText('1,234,567.89')).toBeTruthy();
    expect(screen.getByTestId('product-total').textContent).toBe('共 1 只产品');
    expect(screen.getByText('仅列出已发布（在售）的产品。', { exact: false })).toBeTruthy();
    expect(screen.queryByTestId('product-filter-status')).toBeNull();
    expect(screen.queryByTestId('product-create')).toBeNull();
  });

  it("gives a product manager every status, the URL's filters and order, and a way to add a product", async () => {
    renderPage(pm, '/products?q=zs&type=BOND_FUND,ETF&status=DRAFT&sort=MANAGEMENT_FEE_RATE.DESC', [
      page(
        {
          and: [
            { or: [{ nameContainsFold: 'zs' }, { codeHasPrefix: 'zs' }, { codeHasPrefix: 'ZS' }, { nameInitialsHasPrefix: 'zs' }] },
            { typeIn: ['BOND_FUND', 'ETF'] },
            { statusIn: ['DRAFT'] },
          ],
        },
        [{ field: 'MANAGEMENT_FEE_RATE', direction: 'DESC' }],
      ),
    ]);
    expect(await screen.findByText('招商稳健债券A')).toBeTruthy();
    expect(screen.getByTestId('product-filter-status')).toBeTruthy();
    expect(screen.getByTestId('product-create')).toBeTruthy();
    expect(screen.getByText('已发布')).toBeTruthy();
  });
});
