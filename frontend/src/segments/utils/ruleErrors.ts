import { CombinedGraphQLErrors } from '@apollo/client/errors';

// RuleError is one problem the server found with a rule
// (extensions.ruleErrors of a BAD_USER_INPUT error): where it is ("" for
// the root, "rules[1].rules[0]"…), the condition's dimension, a stable
// problem code and an English message.
export interface RuleError {
  path: string;
  dimension: string | null;
  problem: string;
  message: string;
}

function isRuleError(x: unknown): x is { path: string; problem: string; message: string; dimension?: unknown } {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return typeof e.path === 'string' && typeof e.problem === 'string' && typeof e.message === 'string';
}

// ruleErrors reads the rule problems of a refused query or mutation; an
// error that names none gives none.
export function ruleErrors(error: unknown): RuleError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const list = e.extensions?.ruleErrors;
    if (!Array.isArray(list)) return [];
    return list.filter(isRuleError).map((r) => ({
      path: r.path,
      dimension: typeof r.dimension === 'string' && r.dimension !== '' ? r.dimension : null,
      problem: r.problem,
      message: r.message,
    }));
  });
}
