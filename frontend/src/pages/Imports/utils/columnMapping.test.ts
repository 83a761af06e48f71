import { describe, expect, it } from 'vitest';

import { columnMapping, mappingDuplicate } from './columnMapping';

describe('columnMapping', () => {
  it('trims the names and drops the rows left empty', () => {
    expect(
      columnMapping([
        { from: ' 成交编号 ', to: 'trade_no' },
        {},
        { from: '  ', to: undefined },
        undefined,
        { from: '资金账号', to: 'account_no' },
      ]),
    ).toEqual([
      { from: '成交编号', to: 'trade_no' },
      { from: '资金账号', to: 'account_no' },
    ]);
  });

  it('keeps a half-filled row, for the form to name what it lacks', () => {
    expect(columnMapping([{ from: '成交编号' }])).toEqual([{ from: '成交编号', to: '' }]);
  });

  it('is empty without rows', () => {
    expect(columnMapping(undefined)).toEqual([]);
    expect(columnMapping([])).toEqual([]);
  });
});

describe('mappingDuplicate', () => {
  it('finds a file column mapped twice, ignoring case and blanks as the server does', () => {
    expect(
      mappingDuplicate([
        { from: 'Qty', to: 'quantity' },
        { from: ' qty ', to: 'price' },
      ]),
    ).toEqual({ side: 'from', name: 'qty' });
  });

  it('finds a documented column mapped to twice', () => {
    expect(
      mappingDuplicate([
        { from: '数量', to: 'quantity' },
        { from: '成交数量', to: 'quantity' },
      ]),
    ).toEqual({ side: 'to', name: 'quantity' });
  });

  it('passes distinct rows and ignores rows not yet filled in', () => {
    expect(
      mappingDuplicate([
        { from: '数量', to: 'quantity' },
        { from: '价格', to: 'price' },
        { from: '', to: '' },
        {},
      ]),
    ).toBeNull();
  });
});
