import { compareDecimal } from '../../../utils/decimal';

// The checks the server makes of a product (productops.Input.Validate,
// catalog.Document.Validate), made first in the browser so that the
// editor names a mistake before saving. Each returns the key of its
// message under pages.productEditor.rules, or null when the value is fine.

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
export const MAX_TEXT = 200;
export const MAX_DOCUMENTS = 50;
export const MAX_DOCUMENT_VERSION = 50;
export const MAX_URL = 2000;

// A decimal as the API takes it: at most 4 fractional digits.
const DECIMAL = /^-?\d{1,14}(\.\d{1,4})?$/;

export type Problem = string | null;

// amountProblem: an amount or rate, not negative, and at most max.
export function amountProblem(value: string, max?: string): Problem {
  const v = value.trim();
  if (!DECIMAL.test(v)) return 'decimal';
  if (compareDecimal(v, '0') < 0) return max ? 'rate' : 'notNegative';
  if (max && compareDecimal(v, max) > 0) return 'rate';
  return null;
}

// expectedReturnProblem: both ends of the range or neither, low ≤ high.
export function expectedReturnProblem(min: string, max: string): Problem {
  const lo = min.trim();
  const hi = max.trim();
  if (!lo && !hi) return null;
  if (!lo || !hi) return 'bothEnds';
  if (!DECIMAL.test(lo) || !DECIMAL.test(hi)) return 'decimal';
  return compareDecimal(lo, hi) > 0 ? 'lowAboveHigh' : null;
}

// integerProblem: a whole number within [min, max]; null is fine when optional.
export function integerProblem(value: number | null | undefined, min: number, max: number, optional: boolean): Problem {
  if (value === null || value === undefined) return optional ? null : 'integerRange';
  return Number.isInteger(value) && value >= min && value <= max ? null : 'integerRange';
}

// urlProblem: an http(s) address with a host.
export function urlProblem(value: string): Problem {
  const v = value.trim();
  if (v.length > MAX_URL) return 'url';
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.host ? null : 'url';
  } catch {
    return 'url';
  }
}
