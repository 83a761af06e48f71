import { describe, expect, it } from 'vitest';

import { formatDecimal } from './decimal';

describe('formatDecimal', () => {
  it.each([
    ['1234567.8900', 2, '1,234,567.89'],
    ['0.0000', 2, '0.00'],
    ['-5000.5000', 2, '-5,000.50'],
    ['12.3456', 4, '12.3456'],
    ['999', 2, '999.00'],
    ['1234.5', 0, '1,235'],
    ['0.0050', 2, '0.01'], // half rounds away from zero
    ['-0.0050', 2, '-0.01'],
    ['-0.0049', 2, '0.00'], // no negative zero
    ['999.9950', 2, '1,000.00'], // the carry reaches the whole part
    ['12.3449', 2, '12.34'],
    // Exact beyond what a float holds: 2^53 + 1.
    ['9007199254740993.0000', 2, '9,007,199,254,740,993.00'],
  ])('formats %s with %d digits as %s', (value, digits, want) => {
    expect(formatDecimal(value, digits)).toBe(want);
  });

  it('leaves what is not a decimal alone', () => {
    expect(formatDecimal('n/a')).toBe('n/a');
  });
});
