import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { describe, expect, it, vi } from 'vitest';

import { ViewerContext, type Viewer } from '../../auth/viewerContext';
import { ACT_ON_PRODUCT } from '../graphql/actOnProduct';
import { ProductActions } from './ProductActions';

const compliance: Viewer = { id: 'c1', username: 'compliance1', displayName: '合规专员', role: 'COMPLIANCE', branch: null };
const product = { id: 'p1', name: '稳健债券A', status: 'IN_REVIEW' as const, submittedBy: { id: 'pm1' } };

function renderActions(onDone: () => void, mocks: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider mocks={mocks}>
      <App>
        <ViewerContext.Provider value={compliance}>
          <ProductActions product={product} onDone={onDone} />
        </ViewerContext.Provider>
      </App>
    </MockedProvider>,
  );
}

const rejected = {
  request: { query: ACT_ON_PRODUCT, variables: { id: 'p1', action: 'REJECT', comment: '费率说明不完整' } },
  result: {
    data: {
      actOnProduct: { __typename: 'Product', id: 'p1', status: 'DRAFT', version: 3, updatedAt: '2024-05-01T10:00:00Z', submittedAt: null, submittedBy: null },
    },
  },
};

describe('ProductActions', () => {
  it('offers compliance the review of a product in review', () => {
    renderActions(vi.fn());
    expect(screen.getByTestId('product-action-APPROVE').textContent).toBe('批准上架');
    expect(screen.getByTestId('product-action-REJECT').textContent).toBe('退回修改');
    expect(screen.queryByTestId('product-action-WITHDRAW')).toBeNull();
  });

  it('does not reject without a reason, and rejects with one', { timeout: 30_000 }, async () => {
    const onDone = vi.fn();
    renderActions(onDone, [rejected]);
    fireEvent.click(screen.getByTestId('product-action-REJECT'));
    const confirm = await screen.findByRole('button', { name: /确\s*认/ });
    fireEvent.click(confirm);
    expect(await screen.findByText('请填写原因')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();

    fireEvent.change(screen.getByTestId('product-action-comment'), { target: { value: '  费率说明不完整 ' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('REJECT'));
  });
});
