import { describe, expect, it } from 'vitest';

import { compareDecimal, formatDecimal, percentChange, signOfDecimal, trimDecimal } from './decimal';

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

describe('compareDecimal', () => {
  it.each([
    ['100000', '100000.0000', 0],
    ['99999.9999', '100000', -1],
    ['100000.0001', '100000', 1],
    ['-1', '0', -1],
    ['9007199254740993', '9007199254740992.9999', 1], // beyond a float's precision
  ])('compares %s with %s', (a, b, want) => {
    expect(Math.sign(compareDecimal(a, b))).toBe(want);
  });
});

describe('signOfDecimal', () => {
  it('reads the sign of the digits, not of a float', () => {
    expect(signOfDecimal('-0.0000')).toBe(0);
    expect(signOfDecimal('-0.0001')).toBe(-1);
    expect(signOfDecimal('12.5')).toBe(1);
    expect(signOfDecimal('n/a')).toBe(0);
  });
});

describe('percentChange', () => {
  it.each([
    ['100000.00', '125000.00', '25.00'],
    ['200', '150', '-25.00'],
    ['3', '4', '33.33'],
    ['3', '5', '66.67'], // half away from zero
    ['-100', '-50', '50.00'], // against |from|
    ['100', '99.999', '0.00'], // rounds to zero, without a sign
  ])('from %s to %s is %s%%', (from, to, want) => {
    expect(percentChange(from, to)).toBe(want);
  });

  it('has no base at zero', () => {
    expect(percentChange('0.00', '10')).toBeNull();
  });
});

describe('trimDecimal', () => {
  it("drops the zeros a fraction ends with, and a fraction of zeros", () => {
    expect(trimDecimal('1000.0000')).toBe('1000');
    expect(trimDecimal('0.5000')).toBe('0.5');
    expect(trimDecimal('-1.2300')).toBe('-1.23');
    expect(trimDecimal('12')).toBe('12');
    expect(trimDecimal('100.0')).toBe('100');
  });

  it('leaves what is not a decimal alone', () => {
    expect(trimDecimal('abc')).toBe('abc');
  });
});
