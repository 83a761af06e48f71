import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { ViewerContext, type Viewer } from '../../auth/viewerContext';
import { PRODUCT_REVIEW } from './graphql/productReview';
import { ProductReviewPage } from '.';

const compliance: Viewer = { id: 'c1', username: 'compliance1', displayName: '合规专员', role: 'COMPLIANCE', branch: null };

const version = (n: number, action: string, changes: { field: string; from: string; to: string }[] | null = null, comment = '') => ({
  __typename: 'ProductVersionEdge',
  node: {
    __typename: 'ProductVersion',
    id: `v${n}`,
    version: n,
    action,
    status: 'DRAFT',
    actorName: action === 'APPROVE' ? 'compliance1' : 'pm1',
    comment,
    at: '2024-05-01T10:00:00Z',
    changes: changes?.map((c) => ({ __typename: 'ProductChange', ...c })) ?? null,
  },
});

const product = {
  __typename: 'Product',
  id: 'p1',
  code: 'P000123',
  name: '招商稳健债券A',
  type: 'BOND_FUND',
  riskLevel: 'R2',
  status: 'IN_REVIEW',
  version: 6,
  issuer: '招商基金',
  submittedAt: '2024-05-02T10:00:00Z',
  submittedBy: { __typename: 'User', id: 'pm1', displayName: '产品经理' },
  versions: {
    __typename: 'ProductVersionConnection',
    totalCount: 6,
    // Newest first, as asked.
    edges: [
      version(6, 'SUBMIT'),
      version(5, 'EDIT', [
        { field: 'managementFeeRate', from: '1.5000', to: '1.2000' },
        { field: 'horizon', from: 'MEDIUM', to: 'LONG' },
      ]),
      version(4, 'REOPEN'),
      version(3, 'APPROVE', null, '同意上架'),
      version(2, 'SUBMIT'),
      version(1, 'CREATE', [{ field: 'name', from: '', to: '招商稳健债券A' }]),
    ],
  },
};

describe('ProductReviewPage', () => {
  it('shows compliance the changes since the last approval, and the decision', async () => {
    render(
      <MockedProvider mocks={[{ request: { query: PRODUCT_REVIEW, variables: { id: 'p1' } }, result: { data: { node: product } } }]}>
        <App>
          <ViewerContext.Provider value={compliance}>
            <MemoryRouter initialEntries={['/product-review/p1']}>
              <Routes>
                <Route path="/product-review/:id" element={<ProductReviewPage />} />
              </Routes>
            </MemoryRouter>
          </ViewerContext.Provider>
        </App>
      </MockedProvider>,
    );
    expect(await screen.findByText('自第 3 版批准以来的变更')).toBeTruthy();
    const changes = screen.getByTestId('product-changes');
    // In the editor's order of the fields, named and in words.
    const rows = within(changes).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['投资期限中期长期', '管理费率1.50001.2000']);
    // What was approved before is not under review.
    expect(within(changes).queryByText('产品名称')).toBeNull();
    expect(screen.getByTestId('product-action-APPROVE')).toBeTruthy();
    expect(screen.getByTestId('product-action-REJECT')).toBeTruthy();
  });
});
