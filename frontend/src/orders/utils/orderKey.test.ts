import { describe, expect, it } from 'vitest';

import { newOrderKey, validAmount } from './orderKey';

describe('newOrderKey', () => {
  it('is 8 to 64 characters and new each time', () => {
    const a = newOrderKey();
    expect(a.length).toBeGreaterThanOrEqual(8);
    expect(a.length).toBeLessThanOrEqual(64);
    expect(newOrderKey()).not.toBe(a);
  });
});

describe('validAmount', () => {
  it('accepts positive amounts with at most two decimals', () => {
    expect(validAmount('1000')).toBe(true);
    expect(validAmount(' 1000.5 ')).toBe(true);
    expect(validAmount('0.01')).toBe(true);
    expect(validAmount('1000.0000')).toBe(true);
  });
  it('refuses zero, negatives, text and more decimals', () => {
    for (const v of ['', '0', '-1', 'abc', '1.234', '1e5']) expect(validAmount(v), v).toBe(false);
  });
});
