import { describe, expect, it } from 'vitest';

import type { RuleDraft } from '../types/ruleDraft';
import { parseRule } from './parseRule';

// strip drops the ids, which only React sees.
function strip(node: RuleDraft): unknown {
  if (node.kind === 'group') return { op: node.op, rules: node.rules.map(strip) };
  return { dimension: node.dimension, op: node.op, value: node.value };
}

describe('parseRule', () => {
  it('reads groups and conditions with each kind of value', () => {
    const rule = {
      op: 'AND',
      rules: [
        { op: 'EQ', dimension: 'status', value: 'NORMAL' },
        { op: 'GE', dimension: 'total_assets', value: '100000' },
        { op: 'GE', dimension: 'trades_365d', value: 1 },
        {
          op: 'OR',
          rules: [
            { op: 'BETWEEN', dimension: 'age', values: [30, 50] },
            { op: 'IN', dimension: 'risk_category', values: ['C4', 'C5'] },
            { op: 'NOT', rules: [{ op: 'EQ', dimension: 'margin_active', value: true }] },
          ],
        },
        { op: 'WITHIN_LAST', dimension: 'last_trade_on', value: { amount: 90, unit: 'DAY' } },
        { op: 'HAS_TAG', dimension: 'tags', value: '高净值' },
        { op: 'EMPTY', dimension: 'email' },
      ],
    };
    expect(strip(parseRule(JSON.stringify(rule)))).toEqual({
      op: 'AND',
      rules: [
        { dimension: 'status', op: 'EQ', value: { kind: 'single', text: 'NORMAL' } },
        { dimension: 'total_assets', op: 'GE', value: { kind: 'single', text: '100000' } },
        { dimension: 'trades_365d', op: 'GE', value: { kind: 'single', text: '1' } },
        {
          op: 'OR',
          rules: [
            { dimension: 'age', op: 'BETWEEN', value: { kind: 'range', low: '30', high: '50' } },
            { dimension: 'risk_category', op: 'IN', value: { kind: 'list', items: ['C4', 'C5'] } },
            { op: 'NOT', rules: [{ dimension: 'margin_active', op: 'EQ', value: { kind: 'flag', value: true } }] },
          ],
        },
        { dimension: 'last_trade_on', op: 'WITHIN_LAST', value: { kind: 'period', amount: '90', unit: 'DAY' } },
        { dimension: 'tags', op: 'HAS_TAG', value: { kind: 'single', text: '高净值' } },
        { dimension: 'email', op: 'EMPTY', value: { kind: 'none' } },
      ],
    });
  });

  it('makes a rule that is one condition (as scheme classes are) an AND group of it', () => {
    expect(strip(parseRule('{"op":"LT","dimension":"total_assets","value":"100000"}'))).toEqual({
      op: 'AND',
      rules: [{ dimension: 'total_assets', op: 'LT', value: { kind: 'single', text: '100000' } }],
    });
  });

  it('keeps values it has no input for as they were', () => {
    const node = parseRule('{"op":"AND","rules":[{"op":"HAS_TAG","dimension":"tags","value":12}]}').rules[0];
    expect(node.kind === 'condition' && node.value).toEqual({ kind: 'raw', json: '{"value":12}' });
  });

  it('gives every node its own id', () => {
    const root = parseRule('{"op":"AND","rules":[{"op":"EMPTY","dimension":"a"},{"op":"EMPTY","dimension":"b"}]}');
    const ids = [root.id, ...root.rules.map((r) => r.id)];
    expect(new Set(ids).size).toBe(3);
  });

  it('refuses text that is not a JSON rule', () => {
    expect(() => parseRule('not json')).toThrow();
    expect(() => parseRule('[1, 2]')).toThrow();
    expect(() => parseRule('{"op":"AND","rules":["x"]}')).toThrow();
  });
});
