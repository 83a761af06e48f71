import { describe, expect, it } from 'vitest';

import { groupDimensions } from './groupDimensions';
import { orderBuckets } from './orderBuckets';

describe('groupDimensions', () => {
  it('lists the groups in the catalogue order, in capitals, unknown ones last', () => {
    const dims = [
      { key: 'tags', group: 'marketing' },
      { key: 'imported', group: 'CUSTOM' },
      { key: 'class_asset_tier', group: 'CLASSIFICATION' },
      { key: 'total_assets', group: 'HOLDINGS' },
      { key: 'status', group: 'BASIC' },
      { key: 'kind', group: 'basic' },
      { key: 'org_credit_rating', group: 'INSTITUTION' },
    ];
    expect(groupDimensions(dims).map((g) => [g.group, g.dimensions.map((d) => d.key)])).toEqual([
      ['BASIC', ['status', 'kind']],
      ['HOLDINGS', ['total_assets']],
      ['MARKETING', ['tags']],
      ['INSTITUTION', ['org_credit_rating']],
      ['CLASSIFICATION', ['class_asset_tier']],
      ['CUSTOM', ['imported']],
    ]);
  });
});

describe('orderBuckets', () => {
  it('puts buckets in the order of their values, others by count, none last', () => {
    const buckets = [
      { value: null, count: 50 },
      { value: 'T3', count: 5 },
      { value: 'X', count: 1 },
      { value: 'T1', count: 10 },
      { value: 'Y', count: 7 },
    ];
    expect(orderBuckets(buckets, ['T1', 'T2', 'T3']).map((b) => b.value)).toEqual(['T1', 'T3', 'Y', 'X', null]);
  });
});
