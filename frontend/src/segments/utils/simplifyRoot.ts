import type { RuleJson } from '../types/ruleJson';

// simplifyRoot writes a rule whose root is an AND of a single rule as that
// rule alone, as scheme classes are usually written ({"op":"LT",…} rather
// than {"op":"AND","rules":[{"op":"LT",…}]}); they mean the same.
export function simplifyRoot(rule: RuleJson): RuleJson {
  return rule.op === 'AND' && rule.rules?.length === 1 ? rule.rules[0] : rule;
}
