import { describe, expect, it } from 'vitest';

import { classDrafts } from './classDrafts';
import { schemeClassInputs } from './schemeClassInputs';

const dims = new Map([
  ['total_assets', { type: 'MONEY' }],
  ['trades_365d', { type: 'INTEGER' }],
]);

describe('classDrafts and schemeClassInputs', () => {
  it('write the classes back as they were read, in their order, a lone condition alone', () => {
    const classes = [
      { key: 'T1', nameZh: '10万以下', nameEn: 'Under 100k', rule: '{"op":"LT","dimension":"total_assets","value":"100000"}' },
      {
        key: 'T2',
        nameZh: '活跃',
        nameEn: 'Active',
        rule: '{"op":"AND","rules":[{"op":"GE","dimension":"total_assets","value":"100000"},{"op":"GE","dimension":"trades_365d","value":3}]}',
      },
    ];
    expect(schemeClassInputs(classDrafts(classes), dims)).toEqual(classes);
  });

  it('trims keys and names, and starts an unreadable rule empty', () => {
    const drafts = classDrafts([{ key: ' T1 ', nameZh: ' 一 ', nameEn: ' One ', rule: 'oops' }]);
    expect(drafts[0].rule.rules).toHaveLength(1);
    expect(schemeClassInputs(drafts, dims)[0]).toMatchObject({ key: 'T1', nameZh: '一', nameEn: 'One' });
  });
});
