import { describe, expect, it } from 'vitest';

import { catalogue as enUS } from './en-US';
import { catalogue as zhCN } from './zh-CN';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('locale catalogues', () => {
  it('have exactly the same keys in both languages', () => {
    expect(keys(enUS).sort()).toEqual(keys(zhCN).sort());
  });

  it('have no empty strings', () => {
    for (const [name, cat] of [['zh-CN', zhCN], ['en-US', enUS]] as const) {
      const empty = keys(cat).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], cat) === '');
      expect(empty, name).toEqual([]);
    }
  });
});
