import { describe, expect, it } from 'vitest';

import { clientWhere } from './clientWhere';

describe('clientWhere', () => {
  it('is empty without filters', () => {
    expect(clientWhere({ search: '  ' })).toEqual({ and: [] });
  });

  it('searches a part of a name or a whole client number', () => {
    expect(clientWhere({ search: ' 王 ' }).and?.[0]).toEqual({ or: [{ nameContainsFold: '王' }, { clientNo: '王' }] });
  });

  it('combines filters with AND', () => {
    expect(clientWhere({ search: '', status: 'FROZEN', branchId: 'b1', advisorId: 'a1', tagId: 't1' })).toEqual({
      and: [{ status: 'FROZEN' }, { branchID: 'b1' }, { advisorID: 'a1' }, { hasTagsWith: [{ id: 't1' }] }],
    });
  });
});
