import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';

import { CHANGE_CLIENT_STATUS } from '../graphql/changeClientStatus';
import { ChangeStatusModal } from './ChangeStatusModal';

const request = { query: CHANGE_CLIENT_STATUS, variables: { clientId: 'c1', status: 'NORMAL', reason: '客户已开户' } };

async function submit(onClose: () => void, result: object) {
  render(
    <MockedProvider mocks={[{ request, ...result }]}>
      <App>
        <ChangeStatusModal clientId="c1" status="POTENTIAL" open onClose={onClose} />
      </App>
    </MockedProvider>,
  );
  fireEvent.mouseDown(screen.getByRole('combobox'));
  // The current status is not offered.
  expect(screen.queryByTitle('潜在')).toBeNull();
  fireEvent.click(await screen.findByTitle('正常'));
  fireEvent.change(screen.getByLabelText('原因'), { target: { value: '  客户已开户 ' } });
  fireEvent.click(screen.getByRole('button', { name: '确认变更' }));
}

describe('ChangeStatusModal', () => {
  it("shows the server's reason when it refuses the change", { timeout: 30_000 }, async () => {
    const onClose = vi.fn();
    await submit(onClose, {
      result: { errors: [new GraphQLError('a potential client becomes normal when an account is opened', { extensions: { code: 'BAD_USER_INPUT' } })] },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('输入有误：a potential client becomes normal when an account is opened');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes once the status is changed', { timeout: 30_000 }, async () => {
    const onClose = vi.fn();
    await submit(onClose, { result: { data: { changeClientStatus: { __typename: 'Customer', id: 'c1', status: 'NORMAL' } } } });
    await waitFor(() => expect(onClose).toHaveBeenCalledOnce());
  });
});
