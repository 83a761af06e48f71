import type { UploadFile } from 'antd';
import { describe, expect, it } from 'vitest';

import { startImportInput } from './startImportInput';

const file = new File(['trade_no\n'], 'trades.csv');
const files: UploadFile[] = [{ uid: 'rc-1', name: 'trades.csv', originFileObj: file as UploadFile['originFileObj'] }];

describe('startImportInput', () => {
  it('leaves the options at their defaults out, for the server to decide', () => {
    expect(startImportInput({ kind: 'TRADES', files, format: '', encoding: '', dryRun: false, mapping: [] })).toEqual({ kind: 'TRADES', file });
  });

  it('sends the format, encoding, dry run and mapping chosen', () => {
    expect(
      startImportInput({
        kind: 'TRADES',
        files,
        format: 'CSV',
        encoding: 'GB18030',
        dryRun: true,
        mapping: [{ from: ' 成交编号 ', to: 'trade_no' }, {}],
      }),
    ).toEqual({ kind: 'TRADES', file, format: 'CSV', encoding: 'GB18030', dryRun: true, mapping: [{ from: '成交编号', to: 'trade_no' }] });
  });

  it('is null without a kind or a file', () => {
    expect(startImportInput({ files })).toBeNull();
    expect(startImportInput({ kind: 'TRADES', files: [] })).toBeNull();
    expect(startImportInput({ kind: 'TRADES', files: [{ uid: 'x', name: 'x.csv' }] })).toBeNull();
  });
});
