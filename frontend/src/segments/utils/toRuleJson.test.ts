import { describe, expect, it } from 'vitest';

import type { ConditionDraft, DraftValue, GroupDraft } from '../types/ruleDraft';
import { parseRule } from './parseRule';
import { simplifyRoot } from './simplifyRoot';
import { toRuleJson } from './toRuleJson';

const dims = new Map(
  Object.entries({
    status: { type: 'ENUM' },
    total_assets: { type: 'MONEY' },
    position_ratio: { type: 'NUMBER' },
    trades_365d: { type: 'INTEGER' },
    age: { type: 'INTEGER' },
    risk_category: { type: 'ENUM' },
    margin_active: { type: 'BOOLEAN' },
    opened_on: { type: 'DATE' },
    last_trade_on: { type: 'DATE' },
    tags: { type: 'TAGS' },
  }),
);

const cond = (dimension: string, op: string, value: DraftValue): ConditionDraft => ({ kind: 'condition', id: 'x', dimension, op, value });
const group = (op: GroupDraft['op'], ...rules: GroupDraft['rules']): GroupDraft => ({ kind: 'group', id: 'g', op, rules });

describe('toRuleJson', () => {
  it('writes decimals as strings and whole numbers as numbers, never through a float', () => {
    const rule = group(
      'AND',
      cond('total_assets', 'GE', { kind: 'single', text: ' 12345678901234567.0001 ' }),
      cond('position_ratio', 'LT', { kind: 'single', text: '0.1' }),
      cond('trades_365d', 'GE', { kind: 'single', text: '1' }),
    );
    expect(JSON.stringify(toRuleJson(rule, dims))).toBe(
      '{"op":"AND","rules":[' +
        '{"op":"GE","dimension":"total_assets","value":"12345678901234567.0001"},' +
        '{"op":"LT","dimension":"position_ratio","value":"0.1"},' +
        '{"op":"GE","dimension":"trades_365d","value":1}]}',
    );
  });

  it('writes ranges, lists, booleans, dates, periods and tags as the API reads them', () => {
    const rule = group(
      'OR',
      cond('age', 'BETWEEN', { kind: 'range', low: '30', high: '50' }),
      cond('total_assets', 'BETWEEN', { kind: 'range', low: '100000', high: '500000.5' }),
      cond('risk_category', 'NOT_IN', { kind: 'list', items: ['C1', 'C2'] }),
      group('NOT', cond('margin_active', 'EQ', { kind: 'flag', value: false })),
      cond('opened_on', 'LT', { kind: 'single', text: '2020-01-31' }),
      cond('last_trade_on', 'BEFORE_LAST', { kind: 'period', amount: '6', unit: 'MONTH' }),
      cond('tags', 'NOT_HAS_TAG', { kind: 'single', text: '休眠' }),
      cond('opened_on', 'NOT_EMPTY', { kind: 'none' }),
    );
    expect(toRuleJson(rule, dims)).toEqual({
      op: 'OR',
      rules: [
        { op: 'BETWEEN', dimension: 'age', values: [30, 50] },
        { op: 'BETWEEN', dimension: 'total_assets', values: ['100000', '500000.5'] },
        { op: 'NOT_IN', dimension: 'risk_category', values: ['C1', 'C2'] },
        { op: 'NOT', rules: [{ op: 'EQ', dimension: 'margin_active', value: false }] },
        { op: 'LT', dimension: 'opened_on', value: '2020-01-31' },
        { op: 'BEFORE_LAST', dimension: 'last_trade_on', value: { amount: 6, unit: 'MONTH' } },
        { op: 'NOT_HAS_TAG', dimension: 'tags', value: '休眠' },
        { op: 'NOT_EMPTY', dimension: 'opened_on' },
      ],
    });
  });

  it('sends what is not a whole number as typed, for the server to name the problem', () => {
    expect(toRuleJson(cond('age', 'GE', { kind: 'single', text: '3.5' }), dims)).toEqual({ op: 'GE', dimension: 'age', value: '3.5' });
  });

  it('writes back a rule it read unchanged', () => {
    const rules = [
      '{"op":"AND","rules":[{"op":"EQ","dimension":"status","value":"NORMAL"},{"op":"GE","dimension":"total_assets","value":"100000"},{"op":"GE","dimension":"trades_365d","value":1}]}',
      '{"op":"OR","rules":[{"op":"NOT","rules":[{"op":"IN","dimension":"risk_category","values":["C4","C5"]}]},{"op":"WITHIN_LAST","dimension":"last_trade_on","value":{"amount":90,"unit":"DAY"}}]}',
      '{"op":"AND","rules":[{"op":"HAS_TAG","dimension":"tags","value":12},{"op":"EQ","dimension":"margin_active","value":true}]}',
    ];
    for (const json of rules) expect(JSON.stringify(toRuleJson(parseRule(json), dims))).toBe(json);
  });
});

describe('simplifyRoot', () => {
  it('writes an AND of one rule as that rule, and leaves the others', () => {
    const one = { op: 'LT', dimension: 'total_assets', value: '100000' };
    expect(simplifyRoot({ op: 'AND', rules: [one] })).toEqual(one);
    expect(simplifyRoot({ op: 'OR', rules: [one] })).toEqual({ op: 'OR', rules: [one] });
    expect(simplifyRoot({ op: 'AND', rules: [one, one] })).toEqual({ op: 'AND', rules: [one, one] });
  });
});
