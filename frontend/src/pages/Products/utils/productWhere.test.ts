import { describe, expect, it } from 'vitest';

import { NO_FILTERS, productWhere } from './productWhere';

describe('productWhere', () => {
  it('is empty without filters for those who see every status', () => {
    expect(productWhere({ ...NO_FILTERS, search: '  ' }, 'ALL')).toEqual({ and: [] });
  });

  it('lists only what is on sale to advisors and clients, whatever the status filter', () => {
    expect(productWhere({ ...NO_FILTERS, statuses: ['DRAFT'] }, 'PUBLISHED')).toEqual({ and: [{ status: 'PUBLISHED' }] });
  });

  it('searches a part of a name, the start of a code and the start of the pinyin initials', () => {
    expect(productWhere({ ...NO_FILTERS, search: ' zs ' }, 'ALL').and?.[0]).toEqual({
      or: [{ nameContainsFold: 'zs' }, { codeHasPrefix: 'zs' }, { codeHasPrefix: 'ZS' }, { nameInitialsHasPrefix: 'zs' }],
    });
  });

  it('does not look for Chinese characters or digits among the initials', () => {
    expect(productWhere({ ...NO_FILTERS, search: '招商' }, 'ALL').and?.[0]).toEqual({ or: [{ nameContainsFold: '招商' }, { codeHasPrefix: '招商' }] });
    expect(productWhere({ ...NO_FILTERS, search: 'P0008' }, 'ALL').and?.[0]).toEqual({ or: [{ nameContainsFold: 'P0008' }, { codeHasPrefix: 'P0008' }] });
  });

  it('combines the filters with AND, each list with IN', () => {
    expect(
      productWhere(
        {
          search: '',
          types: ['BOND_FUND', 'ETF'],
          riskLevels: ['R2'],
          horizons: ['LONG'],
          varieties: ['FIXED_INCOME'],
          statuses: ['IN_REVIEW', 'DRAFT'],
          issuer: ' 招商 ',
        },
        'ALL',
      ),
    ).toEqual({
      and: [
        { typeIn: ['BOND_FUND', 'ETF'] },
        { riskLevelIn: ['R2'] },
        { horizonIn: ['LONG'] },
        { varietyIn: ['FIXED_INCOME'] },
        { statusIn: ['IN_REVIEW', 'DRAFT'] },
        { issuerContains: '招商' },
      ],
    });
  });

  it('leaves out products without a one-year return when ranking by it', () => {
    expect(productWhere(NO_FILTERS, 'PUBLISHED', 'RETURN_1Y')).toEqual({ and: [{ status: 'PUBLISHED' }, { return1yNotNil: true }] });
    expect(productWhere(NO_FILTERS, 'ALL', 'MANAGEMENT_FEE_RATE')).toEqual({ and: [] });
  });
});
