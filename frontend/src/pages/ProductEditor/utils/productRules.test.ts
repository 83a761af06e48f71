import { describe, expect, it } from 'vitest';

import { CODE_PATTERN, amountProblem, expectedReturnProblem, integerProblem, urlProblem } from './productRules';

describe('product rules', () => {
  it('takes codes of 1 to 32 letters, digits, dots, underscores and dashes', () => {
    expect(CODE_PATTERN.test('P000123')).toBe(true);
    expect(CODE_PATTERN.test('sh.510300-A_1')).toBe(true);
    expect(CODE_PATTERN.test('-P1')).toBe(false);
    expect(CODE_PATTERN.test('P 1')).toBe(false);
    expect(CODE_PATTERN.test('A'.repeat(33))).toBe(false);
  });

  it('takes amounts of at most 4 decimals, not negative', () => {
    expect(amountProblem('1000')).toBeNull();
    expect(amountProblem('0.0001')).toBeNull();
    expect(amountProblem('1.23456')).toBe('decimal');
    expect(amountProblem('1,000')).toBe('decimal');
    expect(amountProblem('')).toBe('decimal');
    expect(amountProblem('-1')).toBe('notNegative');
  });

  it('takes rates from 0 to 100 percent', () => {
    expect(amountProblem('100', '100')).toBeNull();
    expect(amountProblem('100.0001', '100')).toBe('rate');
    expect(amountProblem('-0.5', '100')).toBe('rate');
  });

  it('takes both ends of the expected return or neither, low not above high', () => {
    expect(expectedReturnProblem('', '')).toBeNull();
    expect(expectedReturnProblem('3', '')).toBe('bothEnds');
    expect(expectedReturnProblem('', '3')).toBe('bothEnds');
    expect(expectedReturnProblem('5', '3.5')).toBe('lowAboveHigh');
    expect(expectedReturnProblem('3.5', '3.5')).toBeNull();
    expect(expectedReturnProblem('-1', '2')).toBeNull();
  });

  it('takes whole numbers within bounds, and nothing where optional', () => {
    expect(integerProblem(null, 1, 60, true)).toBeNull();
    expect(integerProblem(null, 0, 720, false)).toBe('integerRange');
    expect(integerProblem(61, 1, 60, true)).toBe('integerRange');
    expect(integerProblem(17, 18, 120, true)).toBe('integerRange');
    expect(integerProblem(1.5, 0, 720, false)).toBe('integerRange');
    expect(integerProblem(720, 0, 720, false)).toBeNull();
  });

  it('takes http and https addresses only', () => {
    expect(urlProblem('https://example.com/a.pdf')).toBeNull();
    expect(urlProblem('http://example.com')).toBeNull();
    expect(urlProblem('ftp://example.com/a.pdf')).toBe('url');
    expect(urlProblem('example.com/a.pdf')).toBe('url');
  });
});
