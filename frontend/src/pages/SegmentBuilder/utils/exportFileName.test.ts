import { describe, expect, it } from 'vitest';

import { exportFileName } from './exportFileName';

describe('exportFileName', () => {
  it('prefers the UTF-8 name, which may be Chinese', () => {
    const header = `attachment; filename="segment.csv"; filename*=UTF-8''${encodeURIComponent('高净值客户.csv')}`;
    expect(exportFileName(header, 'x.csv')).toBe('高净值客户.csv');
  });

  it('reads a plain name, quoted or not', () => {
    expect(exportFileName('attachment; filename="members.xlsx"', 'x')).toBe('members.xlsx');
    expect(exportFileName('attachment; filename=members.csv', 'x')).toBe('members.csv');
  });

  it('falls back when the header names no file', () => {
    expect(exportFileName(null, 'segment-1.csv')).toBe('segment-1.csv');
    expect(exportFileName('attachment', 'segment-1.csv')).toBe('segment-1.csv');
    expect(exportFileName("attachment; filename*=UTF-8''%E0%A4%A", 'segment-1.csv')).toBe('segment-1.csv');
  });
});
