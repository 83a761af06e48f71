import { describe, expect, it } from 'vitest';

import { bilingual, localized } from './localized';

const text = { zh: '中期', en: 'Medium term' };

describe('localized', () => {
  it('picks the language of the interface', () => {
    expect(localized(text, 'zh-CN')).toBe('中期');
    expect(localized(text, 'en-US')).toBe('Medium term');
  });
});

describe('bilingual', () => {
  it('puts Chinese first', () => {
    expect(bilingual(text, 'zh-CN')).toBe('中期');
    expect(bilingual(text, 'en-US')).toBe('中期 / Medium term');
  });
});
