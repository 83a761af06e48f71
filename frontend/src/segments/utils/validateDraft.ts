import { compareDecimal } from '../../utils/decimal';
import type { ConditionDraft, DraftValue, PeriodUnit, RuleDraft } from '../types/ruleDraft';
import { childPath } from './childPath';
import { valueShape, type ValueInput } from './valueShape';

// The limits package segment sets on a rule.
const MAX_DEPTH = 10;
const MAX_PERIOD: Record<PeriodUnit, number> = { DAY: 36_600, MONTH: 1_200, YEAR: 100 };

// DraftProblemCode names what is wrong with a node of a draft; the editor
// shows pages.segments.rule.problems.<code> at the node.
export type DraftProblemCode =
  | 'EMPTY_GROUP'
  | 'NOT_ONE'
  | 'TOO_DEEP'
  | 'NO_DIMENSION'
  | 'UNKNOWN_DIMENSION'
  | 'NO_OPERATOR'
  | 'BAD_OPERATOR'
  | 'NO_VALUE'
  | 'BAD_DECIMAL'
  | 'BAD_INTEGER'
  | 'BAD_DATE'
  | 'BAD_ENUM'
  | 'BAD_PERIOD'
  | 'BAD_RANGE';

export interface DraftProblem {
  path: string;
  code: DraftProblemCode;
}

// CheckedDimension is what checking a condition needs of its dimension.
export interface CheckedDimension {
  type: string;
  operators: readonly string[];
  values?: readonly string[] | null;
}

const DECIMAL = /^-?\d+(\.\d{1,4})?$/;
const INTEGER = /^-?\d+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// checkText says what is wrong with one typed value, or null.
function checkText(input: ValueInput, raw: string, dim: CheckedDimension): DraftProblemCode | null {
  const text = raw.trim();
  if (text === '') return 'NO_VALUE';
  switch (input) {
    case 'decimal':
      return DECIMAL.test(text) ? null : 'BAD_DECIMAL';
    case 'integer':
      return INTEGER.test(text) && Number.isSafeInteger(Number(text)) ? null : 'BAD_INTEGER';
    case 'date':
      return isDate(text) ? null : 'BAD_DATE';
    case 'enum':
      return !dim.values || dim.values.includes(text) ? null : 'BAD_ENUM';
    case 'tag':
      return null;
    default:
      return null;
  }
}

// ordered reports whether low ≤ high for values that passed checkText.
function ordered(input: ValueInput, low: string, high: string): boolean {
  switch (input) {
    case 'decimal':
      return compareDecimal(low, high) <= 0;
    case 'integer':
      return BigInt(low.trim()) <= BigInt(high.trim());
    case 'date':
      return low.trim() <= high.trim();
    default:
      return true;
  }
}

function checkValue(c: ConditionDraft, dim: CheckedDimension): DraftProblemCode | null {
  const shape = valueShape(dim.type, c.op);
  const v: DraftValue = c.value;
  if (v.kind === 'raw') return null; // kept as read: the server judges it
  switch (shape.arity) {
    case 'none':
      return null;
    case 'two': {
      if (v.kind !== 'range') return 'NO_VALUE';
      const bad = checkText(shape.input, v.low, dim) ?? checkText(shape.input, v.high, dim);
      if (bad) return bad;
      return ordered(shape.input, v.low, v.high) ? null : 'BAD_RANGE';
    }
    case 'many': {
      if (v.kind !== 'list' || v.items.length === 0) return 'NO_VALUE';
      for (const item of v.items) {
        const bad = checkText(shape.input, item, dim);
        if (bad) return bad;
      }
      return null;
    }
  }
  switch (shape.input) {
    case 'boolean':
      return v.kind === 'flag' && v.value !== null ? null : 'NO_VALUE';
    case 'period': {
      if (v.kind !== 'period' || v.amount.trim() === '') return 'NO_VALUE';
      const n = Number(v.amount.trim());
      return INTEGER.test(v.amount.trim()) && n >= 1 && n <= MAX_PERIOD[v.unit] ? null : 'BAD_PERIOD';
    }
    case 'tag':
      return v.kind === 'single' && v.text.trim() !== '' ? null : 'NO_VALUE';
    default:
      return v.kind === 'single' ? checkText(shape.input, v.text, dim) : 'NO_VALUE';
  }
}

function checkCondition(c: ConditionDraft, dimensions: ReadonlyMap<string, CheckedDimension>): DraftProblemCode | null {
  if (c.dimension === '') return 'NO_DIMENSION';
  const dim = dimensions.get(c.dimension);
  if (!dim) return 'UNKNOWN_DIMENSION';
  if (c.op === '') return 'NO_OPERATOR';
  if (!dim.operators.includes(c.op)) return 'BAD_OPERATOR';
  return checkValue(c, dim);
}

// validateDraft finds what the editor can tell is wrong before asking the
// server, one problem per node at most, located as the server locates
// its own (see childPath): empty groups, NOT without exactly one rule,
// conditions without a dimension, an operator or a value, values that
// are not of the dimension's type, ranges whose low end is above the high.
export function validateDraft(root: RuleDraft, dimensions: ReadonlyMap<string, CheckedDimension>): DraftProblem[] {
  const out: DraftProblem[] = [];
  const walk = (node: RuleDraft, path: string, depth: number) => {
    if (depth > MAX_DEPTH) {
      out.push({ path, code: 'TOO_DEEP' });
      return;
    }
    if (node.kind === 'condition') {
      const code = checkCondition(node, dimensions);
      if (code) out.push({ path, code });
      return;
    }
    if (node.rules.length === 0) out.push({ path, code: 'EMPTY_GROUP' });
    else if (node.op === 'NOT' && node.rules.length !== 1) out.push({ path, code: 'NOT_ONE' });
    node.rules.forEach((r, i) => walk(r, childPath(path, i), depth + 1));
  };
  walk(root, '', 1);
  return out;
}
