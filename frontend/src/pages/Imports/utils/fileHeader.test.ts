import { describe, expect, it } from 'vitest';

import { decodeHead, fileFormat, headerNames, readFileHeader } from './fileHeader';

// 成交编号 in GBK.
const GBK_TRADE_NO = [0xb3, 0xc9, 0xbd, 0xbb, 0xb1, 0xe0, 0xba, 0xc5];

describe('fileFormat', () => {
  it('takes NDJSON from the extension as the server does, CSV otherwise, unless told', () => {
    expect(fileFormat('trades.ndjson')).toBe('NDJSON');
    expect(fileFormat('TRADES.JSONL')).toBe('NDJSON');
    expect(fileFormat('trades.csv')).toBe('CSV');
    expect(fileFormat('trades.txt')).toBe('CSV');
    expect(fileFormat('trades.txt', 'NDJSON')).toBe('NDJSON');
  });
});

describe('headerNames', () => {
  it('reads the first CSV record, trimmed', () => {
    expect(headerNames('trade_no, account_no ,quantity\r\nT1,A1,100\n', 'CSV')).toEqual(['trade_no', 'account_no', 'quantity']);
  });

  it('reads quoted names with commas, quotes and line breaks', () => {
    expect(headerNames('"a,b","say ""hi""","two\nlines",c\n1,2,3,4', 'CSV')).toEqual(['a,b', 'say "hi"', 'two\nlines', 'c']);
  });

  it('reads a header with no line after it', () => {
    expect(headerNames('trade_no,account_no', 'CSV')).toEqual(['trade_no', 'account_no']);
  });

  it('gives up on an empty file or a header cut short', () => {
    expect(headerNames('', 'CSV')).toBeNull();
    expect(headerNames('\nT1,A1', 'CSV')).toBeNull();
    expect(headerNames('"trade_no,acc', 'CSV')).toBeNull();
  });

  it("reads the keys of an NDJSON file's first object", () => {
    expect(headerNames('\n{"trade_no":"T1","quantity":100}\n{"x":1}\n', 'NDJSON')).toEqual(['trade_no', 'quantity']);
    expect(headerNames('[1,2]\n', 'NDJSON')).toBeNull();
    expect(headerNames('{"trade_no":', 'NDJSON')).toBeNull();
    expect(headerNames('', 'NDJSON')).toBeNull();
  });
});

describe('decodeHead', () => {
  const utf8 = new TextEncoder().encode('\uFEFF成交编号,price\n');

  it('reads UTF-8, without its byte order mark', () => {
    expect(decodeHead(utf8)).toBe('成交编号,price\n');
  });

  it('reads GBK when the bytes are not UTF-8, or when told', () => {
    const gbk = new Uint8Array([...GBK_TRADE_NO, 0x2c, 0x70]);
    expect(decodeHead(gbk)).toBe('成交编号,p');
    expect(decodeHead(gbk, 'GB18030')).toBe('成交编号,p');
  });

  it('leaves out a character cut at the end', () => {
    expect(decodeHead(utf8.slice(0, 6))).toBe('成');
  });
});

describe('readFileHeader', () => {
  it("reads a file's header from its first bytes", async () => {
    const file = new File([new Uint8Array([...GBK_TRADE_NO, 0x2c, 0x61, 0x0a, 0x31, 0x2c, 0x32])], 'trades.csv');
    expect(await readFileHeader(file)).toEqual(['成交编号', 'a']);
    expect(await readFileHeader(new File(['{"a":1}\n'], 'x.ndjson'))).toEqual(['a']);
  });
});
