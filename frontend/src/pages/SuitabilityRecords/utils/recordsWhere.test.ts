import { describe, expect, it } from 'vitest';

import { recordsWhere } from './recordsWhere';

describe('recordsWhere', () => {
  it('filters nothing without a choice', () => {
    expect(recordsWhere({})).toBeUndefined();
  });
  it('filters by outcome and kind', () => {
    expect(recordsWhere({ outcome: 'REFUSED' })).toEqual({ outcome: 'REFUSED' });
    expect(recordsWhere({ outcome: 'MATCH', kind: 'OPINION' })).toEqual({ outcome: 'MATCH', kind: 'OPINION' });
  });
});
