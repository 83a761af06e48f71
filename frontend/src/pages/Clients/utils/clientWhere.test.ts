import { describe, expect, it } from 'vitest';

import { clientWhere } from './clientWhere';

describe('clientWhere', () => {
  it('is empty without filters', () => {
    expect(clientWhere({ search: '  ' })).toEqual({ and: [] });
  });

  it('searches names, numbers and the last four digits of a phone', () => {
    const where = clientWhere({ search: '5678' });
    expect(where.and?.[0]?.or).toContainEqual({ nameContainsFold: '5678' });
    expect(where.and?.[0]?.or).toContainEqual({ phoneHasSuffix: '5678' });
    expect(clientWhere({ search: '王' }).and?.[0]?.or).not.toContainEqual({ phoneHasSuffix: '王' });
  });

  it('upper-cases an ID number ending in x', () => {
    expect(clientWhere({ search: '11010519491231002x' }).and?.[0]?.or).toContainEqual({ idNumber: '11010519491231002X' });
  });

  it('combines filters with AND', () => {
    expect(clientWhere({ search: '', status: 'FROZEN', branchId: 'b1', advisorId: 'a1', tagId: 't1' })).toEqual({
      and: [{ status: 'FROZEN' }, { branchID: 'b1' }, { advisorID: 'a1' }, { hasTagsWith: [{ id: 't1' }] }],
    });
  });
});
