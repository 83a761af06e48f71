import { describe, expect, it } from 'vitest';

import { newGroup } from '../../../segments/utils/newRuleNodes';
import { checkClasses } from './checkClasses';
import type { ClassDraft } from './classDrafts';

const cls = (key: string, nameZh = '名称', nameEn = 'Name'): ClassDraft => ({ id: key, key, nameZh, nameEn, rule: newGroup() });

describe('checkClasses', () => {
  it('passes classes with keys and both names', () => {
    expect(checkClasses([cls('T1'), cls('T2')])).toEqual([]);
  });

  it('wants at least one class and at most twenty', () => {
    expect(checkClasses([])).toEqual([{ index: -1, code: 'NO_CLASSES' }]);
    expect(checkClasses(Array.from({ length: 21 }, (_, i) => cls(`C${i}`)))).toEqual([{ index: -1, code: 'TOO_MANY' }]);
  });

  it('names the class whose key is missing, malformed or used twice, or whose name is missing', () => {
    expect(checkClasses([cls('T1'), cls(' '), cls('A B'), cls('T1'), cls('T5', '', 'Five')])).toEqual([
      { index: 1, code: 'KEY_REQUIRED' },
      { index: 2, code: 'KEY_FORMAT' },
      { index: 3, code: 'KEY_DUPLICATE' },
      { index: 4, code: 'NAME_REQUIRED' },
    ]);
  });
});
