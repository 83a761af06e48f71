import { describe, expect, it } from 'vitest';

import { fitValue } from './fitValue';
import { valueShape } from './valueShape';

describe('valueShape', () => {
  it('follows the operator first, then the type', () => {
    expect(valueShape('MONEY', 'GE')).toEqual({ input: 'decimal', arity: 'one' });
    expect(valueShape('NUMBER', 'BETWEEN')).toEqual({ input: 'decimal', arity: 'two' });
    expect(valueShape('INTEGER', 'IN')).toEqual({ input: 'integer', arity: 'many' });
    expect(valueShape('ENUM', 'NOT_IN')).toEqual({ input: 'enum', arity: 'many' });
    expect(valueShape('BOOLEAN', 'EQ')).toEqual({ input: 'boolean', arity: 'one' });
    expect(valueShape('DATE', 'WITHIN_LAST')).toEqual({ input: 'period', arity: 'one' });
    expect(valueShape('TAGS', 'HAS_TAG')).toEqual({ input: 'tag', arity: 'one' });
    expect(valueShape('DATE', 'EMPTY')).toEqual({ input: 'none', arity: 'none' });
    expect(valueShape(undefined, 'EQ')).toEqual({ input: 'none', arity: 'none' });
  });
});

describe('fitValue', () => {
  it('keeps what still fits when the operator changes', () => {
    const v = { kind: 'single' as const, text: '100000' };
    expect(fitValue(v, valueShape('MONEY', 'BETWEEN'), true)).toEqual({ kind: 'range', low: '100000', high: '' });
    expect(fitValue(v, valueShape('MONEY', 'IN'), true)).toEqual({ kind: 'list', items: ['100000'] });
    expect(fitValue({ kind: 'list', items: ['1', '2'] }, valueShape('MONEY', 'EQ'), true)).toEqual({ kind: 'single', text: '1' });
    expect(fitValue({ kind: 'range', low: '1', high: '2' }, valueShape('MONEY', 'BETWEEN'), true)).toEqual({ kind: 'range', low: '1', high: '2' });
    expect(fitValue(v, valueShape('MONEY', 'EMPTY'), true)).toEqual({ kind: 'none' });
  });

  it('starts empty when the kind of value changes', () => {
    const v = { kind: 'single' as const, text: '100000' };
    expect(fitValue(v, valueShape('DATE', 'EQ'), false)).toEqual({ kind: 'single', text: '' });
    expect(fitValue(v, valueShape('DATE', 'WITHIN_LAST'), false)).toEqual({ kind: 'period', amount: '', unit: 'DAY' });
    expect(fitValue(v, valueShape('BOOLEAN', 'EQ'), false)).toEqual({ kind: 'flag', value: null });
  });
});
