import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { describe, expect, it, vi } from 'vitest';

import { CANCEL_ORDER } from '../graphql/cancelOrder';
import { PLACE_ORDER } from '../graphql/placeOrder';
import { OrderModal } from './OrderModal';

vi.mock('../utils/orderKey', async (actual) => ({
  ...(await actual<typeof import('../utils/orderKey')>()),
  newOrderKey: () => 'key-12345678',
}));

const input = { clientId: 'c1', productId: 'p1', amount: '1000', idempotencyKey: 'key-12345678' };

const pending = {
  __typename: 'PlaceOrderResult',
  outcome: 'CONFIRMATION_REQUIRED',
  reasons: ['RISK_ABOVE_TOLERANCE'],
  warning: { __typename: 'LocalizedText', zh: '本产品风险高于您的承受能力。', en: 'This product is riskier than you accept.' },
  confirmationToken: 'tok',
  confirmationExpiresAt: '2099-01-01T00:00:00Z',
  record: { __typename: 'SuitabilityRecord', id: 'r1' },
  order: null,
};

const placed = {
  ...pending,
  warning: null,
  confirmationToken: null,
  confirmationExpiresAt: null,
  record: { __typename: 'SuitabilityRecord', id: 'r2' },
  order: { __typename: 'SalesOrder', id: 'o1', status: 'PAID', amount: '1000', coolingOffUntil: null, followUpCall: false },
};

function open(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <App>
        <OrderModal clientId="c1" product={{ id: 'p1', name: '稳健成长混合' }} onClose={() => {}} />
      </App>
    </MockedProvider>,
  );
  fireEvent.change(screen.getByLabelText('金额（元）'), { target: { value: ' 1000 ' } });
  fireEvent.click(screen.getByRole('button', { name: '提交订单' }));
}

describe('OrderModal', () => {
  it('shows the warning, and places the order with the same key once the investor confirms', { timeout: 30_000 }, async () => {
    open([
      { request: { query: PLACE_ORDER, variables: { input } }, result: { data: { placeOrder: pending } } },
      { request: { query: PLACE_ORDER, variables: { input: { ...input, confirmation: 'tok' } } }, result: { data: { placeOrder: placed } } },
    ]);
    expect(await screen.findByText('本产品风险高于您的承受能力。')).toBeTruthy();
    expect(screen.getByText('产品风险等级高于投资者风险承受能力')).toBeTruthy();
    const confirm = screen.getByTestId('order-confirm');
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByText('本人已阅读风险警示并确认购买'));
    await waitFor(() => expect((confirm as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(confirm);
    expect((await screen.findByTestId('order-status')).textContent).toBe('已支付');
  });

  it('cancels a placed order in its cooling-off period', { timeout: 30_000 }, async () => {
    const order = { ...placed.order, coolingOffUntil: '2099-01-01T00:00:00Z' };
    const matched = { ...placed, outcome: 'MATCH', reasons: [], order };
    open([
      { request: { query: PLACE_ORDER, variables: { input } }, result: { data: { placeOrder: matched } } },
      { request: { query: CANCEL_ORDER, variables: { orderId: 'o1' } }, result: { data: { cancelOrder: { ...order, status: 'CANCELLED' } } } },
    ]);
    expect((await screen.findByTestId('order-cooling-off')).textContent).toMatch(/^冷静期至 2099-01-01/);
    fireEvent.click(screen.getByTestId('order-cancel'));
    fireEvent.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(screen.getByTestId('order-status').textContent).toBe('已撤销'));
    expect(screen.queryByTestId('order-cancel')).toBeNull();
  });

  it('shows a refusal with its reasons', { timeout: 30_000 }, async () => {
    const refused = { ...pending, outcome: 'REFUSED', reasons: ['LOWEST_CATEGORY'], warning: null, confirmationToken: null, confirmationExpiresAt: null };
    open([{ request: { query: PLACE_ORDER, variables: { input } }, result: { data: { placeOrder: refused } } }]);
    expect(await screen.findByTestId('order-refused')).toBeTruthy();
    expect(screen.getByTestId('order-reason').textContent).toBe('投资者属于风险承受能力最低类别');
  });
});
