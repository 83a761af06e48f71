import { describe, expect, it } from 'vitest';

import type { ConditionDraft, DraftValue, GroupDraft } from '../types/ruleDraft';
import { validateDraft } from './validateDraft';

const ORDERED = ['EQ', 'NE', 'LT', 'LE', 'GT', 'GE', 'BETWEEN', 'IN', 'NOT_IN', 'EMPTY', 'NOT_EMPTY'];
const dims = new Map(
  Object.entries({
    status: { type: 'ENUM', operators: ['EQ', 'NE', 'IN', 'NOT_IN', 'EMPTY', 'NOT_EMPTY'], values: ['NORMAL', 'FROZEN'] },
    total_assets: { type: 'MONEY', operators: ORDERED },
    age: { type: 'INTEGER', operators: ORDERED },
    margin_active: { type: 'BOOLEAN', operators: ['EQ', 'NE', 'EMPTY', 'NOT_EMPTY'] },
    opened_on: { type: 'DATE', operators: [...ORDERED.filter((o) => o !== 'IN' && o !== 'NOT_IN'), 'WITHIN_LAST', 'BEFORE_LAST'] },
    tags: { type: 'TAGS', operators: ['HAS_TAG', 'NOT_HAS_TAG'] },
  }),
);

const cond = (dimension: string, op: string, value: DraftValue): ConditionDraft => ({ kind: 'condition', id: 'c', dimension, op, value });
const group = (op: GroupDraft['op'], ...rules: GroupDraft['rules']): GroupDraft => ({ kind: 'group', id: 'g', op, rules });
const single = (text: string): DraftValue => ({ kind: 'single', text });
const codes = (root: GroupDraft) => validateDraft(root, dims).map((p) => `${p.path}:${p.code}`);

describe('validateDraft', () => {
  it('passes a complete rule', () => {
    const root = group(
      'AND',
      cond('status', 'EQ', single('NORMAL')),
      cond('total_assets', 'GE', single('100000.25')),
      cond('age', 'BETWEEN', { kind: 'range', low: '30', high: '50' }),
      group('NOT', cond('margin_active', 'EQ', { kind: 'flag', value: true })),
      cond('opened_on', 'WITHIN_LAST', { kind: 'period', amount: '90', unit: 'DAY' }),
      cond('tags', 'HAS_TAG', single('高净值')),
      cond('status', 'IN', { kind: 'list', items: ['NORMAL', 'FROZEN'] }),
      cond('opened_on', 'EMPTY', { kind: 'none' }),
    );
    expect(codes(root)).toEqual([]);
  });

  it('locates each problem as the server does', () => {
    const root = group(
      'AND',
      cond('', '', { kind: 'none' }),
      group('OR', cond('status', '', { kind: 'none' }), cond('status', 'GE', single('NORMAL'))),
      cond('no_such', 'EQ', single('1')),
      cond('total_assets', 'GE', single('')),
    );
    expect(codes(root)).toEqual([
      'rules[0]:NO_DIMENSION',
      'rules[1].rules[0]:NO_OPERATOR',
      'rules[1].rules[1]:BAD_OPERATOR',
      'rules[2]:UNKNOWN_DIMENSION',
      'rules[3]:NO_VALUE',
    ]);
  });

  it('checks groups: not empty, NOT of exactly one rule', () => {
    expect(codes(group('AND'))).toEqual([':EMPTY_GROUP']);
    const two = group('NOT', cond('status', 'EQ', single('NORMAL')), cond('status', 'EQ', single('FROZEN')));
    expect(codes(group('AND', two))).toEqual(['rules[0]:NOT_ONE']);
  });

  it('checks values against the dimension type', () => {
    const root = group(
      'AND',
      cond('total_assets', 'GE', single('1e6')),
      cond('total_assets', 'GE', single('1.23456')),
      cond('age', 'GE', single('35.5')),
      cond('opened_on', 'LT', single('2024-02-30')),
      cond('status', 'EQ', single('GONE')),
      cond('margin_active', 'EQ', { kind: 'flag', value: null }),
      cond('opened_on', 'WITHIN_LAST', { kind: 'period', amount: '0', unit: 'DAY' }),
      cond('opened_on', 'WITHIN_LAST', { kind: 'period', amount: '101', unit: 'YEAR' }),
      cond('status', 'IN', { kind: 'list', items: [] }),
      cond('tags', 'HAS_TAG', single('  ')),
    );
    expect(codes(root)).toEqual([
      'rules[0]:BAD_DECIMAL',
      'rules[1]:BAD_DECIMAL',
      'rules[2]:BAD_INTEGER',
      'rules[3]:BAD_DATE',
      'rules[4]:BAD_ENUM',
      'rules[5]:NO_VALUE',
      'rules[6]:BAD_PERIOD',
      'rules[7]:BAD_PERIOD',
      'rules[8]:NO_VALUE',
      'rules[9]:NO_VALUE',
    ]);
  });

  it('wants the low end of a range at most the high end, compared exactly', () => {
    const root = group(
      'AND',
      cond('total_assets', 'BETWEEN', { kind: 'range', low: '100000.0001', high: '100000' }),
      cond('total_assets', 'BETWEEN', { kind: 'range', low: '99999999999999999.9', high: '100000000000000000' }),
      cond('age', 'BETWEEN', { kind: 'range', low: '60', high: '18' }),
      cond('opened_on', 'BETWEEN', { kind: 'range', low: '2024-01-02', high: '2024-01-01' }),
      cond('age', 'BETWEEN', { kind: 'range', low: '18', high: '' }),
    );
    expect(codes(root)).toEqual(['rules[0]:BAD_RANGE', 'rules[2]:BAD_RANGE', 'rules[3]:BAD_RANGE', 'rules[4]:NO_VALUE']);
  });

  it('refuses groups nested deeper than the server allows', () => {
    let node: GroupDraft = group('AND', cond('status', 'EQ', single('NORMAL')));
    for (let i = 0; i < 10; i++) node = group('AND', node);
    expect(codes(node).map((c) => c.split(':')[1])).toEqual(['TOO_DEEP']);
  });

  it('leaves a value it kept as read to the server', () => {
    expect(codes(group('AND', cond('tags', 'HAS_TAG', { kind: 'raw', json: '{"value":12}' })))).toEqual([]);
  });
});
