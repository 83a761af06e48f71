import { describe, expect, it } from 'vitest';

import { missingColumns } from './missingColumns';

const COLUMNS = [
  { name: 'trade_no', required: true },
  { name: 'account_no', required: true },
  { name: 'quantity', required: true },
  { name: 'commission', required: false },
];

describe('missingColumns', () => {
  it('names the required columns the header lacks, not the optional ones', () => {
    expect(missingColumns(['trade_no', 'Commission'], COLUMNS, [])).toEqual(['account_no', 'quantity']);
  });

  it('matches names ignoring case and surrounding blanks', () => {
    expect(missingColumns([' TRADE_NO ', 'Account_No', 'quantity'], COLUMNS, [])).toEqual([]);
  });

  it('reads a file column under the name it is mapped to', () => {
    const header = ['成交编号', '资金账号', '成交数量'];
    const mapping = [
      { from: '成交编号', to: 'trade_no' },
      { from: ' 资金账号 ', to: 'ACCOUNT_NO' },
    ];
    expect(missingColumns(header, COLUMNS, mapping)).toEqual(['quantity']);
    expect(missingColumns(header, COLUMNS, [...mapping, { from: '成交数量', to: 'quantity' }])).toEqual([]);
  });

  it('does not count a mapping from a column the file lacks', () => {
    expect(missingColumns(['trade_no', 'account_no'], COLUMNS, [{ from: 'qty', to: 'quantity' }])).toEqual(['quantity']);
  });
});
