import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';

import { createKeyInput } from './createKeyInput';

describe('createKeyInput', () => {
  it('leaves unset options to the server', () => {
    expect(createKeyInput({ name: ' 合作方A ', ownerId: 'u1', scopes: ['CLIENTS_READ'], allowlistOnly: false, ratePerMinute: null })).toEqual({
      name: '合作方A',
      ownerId: 'u1',
      scopes: ['CLIENTS_READ'],
    });
  });

  it('passes the options that are set', () => {
    const input = createKeyInput({
      name: 'app',
      ownerId: 'u1',
      scopes: ['ORDERS_READ', 'ORDERS_WRITE'],
      branchId: 'b1',
      allowlistOnly: true,
      ratePerMinute: 60,
      expiresOn: dayjs('2030-06-30'),
    });
    expect(input).toMatchObject({ branchId: 'b1', allowlistOnly: true, ratePerMinute: 60 });
    // The key works through the whole of its last day.
    expect(dayjs(input.expiresAt).valueOf()).toBe(new Date(2030, 6, 1).getTime());
  });
});
