import type { ClassDraft } from './classDrafts';

export type ClassProblemCode = 'NO_CLASSES' | 'TOO_MANY' | 'KEY_REQUIRED' | 'KEY_FORMAT' | 'KEY_DUPLICATE' | 'NAME_REQUIRED';

export interface ClassProblem {
  // The class's place in the list; -1 for the scheme as a whole.
  index: number;
  code: ClassProblemCode;
}

// A scheme has at most this many classes (schemeops.MaxClasses).
const MAX_CLASSES = 20;

// A class key is how rules and exports name the class: up to 32
// characters without spaces (the standard schemes use T1, HIGH, C3…).
const KEY = /^\S{1,32}$/;

// checkClasses finds what is wrong with the classes themselves, as
// schemeops.Check would (their rules are checked by validateDraft): none
// at all or too many, a key missing, malformed or used twice, a name missing.
export function checkClasses(classes: readonly ClassDraft[]): ClassProblem[] {
  if (classes.length === 0) return [{ index: -1, code: 'NO_CLASSES' }];
  const out: ClassProblem[] = classes.length > MAX_CLASSES ? [{ index: -1, code: 'TOO_MANY' }] : [];
  const seen = new Set<string>();
  classes.forEach((c, index) => {
    const key = c.key.trim();
    if (!key) out.push({ index, code: 'KEY_REQUIRED' });
    else if (!KEY.test(key)) out.push({ index, code: 'KEY_FORMAT' });
    else if (seen.has(key)) out.push({ index, code: 'KEY_DUPLICATE' });
    seen.add(key);
    if (!c.nameZh.trim() || !c.nameEn.trim()) out.push({ index, code: 'NAME_REQUIRED' });
  });
  return out;
}
