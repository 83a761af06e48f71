import type { TFunction } from 'i18next';

import type { RuleMessage } from '../types/ruleMessage';
import type { RuleError } from './ruleErrors';
import type { DraftProblem, DraftProblemCode } from './validateDraft';

// The problems that only say a node is not filled in yet.
const INCOMPLETE: DraftProblemCode[] = ['EMPTY_GROUP', 'NO_DIMENSION', 'NO_OPERATOR', 'NO_VALUE'];

// ruleProblemMessages gathers the editor's own problems and the server's
// (named by their problem code, followed by the server's words) into the
// messages to show at each node, by path.
export function ruleProblemMessages(t: TFunction, local: readonly DraftProblem[], server: readonly RuleError[]): Map<string, RuleMessage[]> {
  const out = new Map<string, RuleMessage[]>();
  const add = (path: string, message: RuleMessage) => out.set(path, [...(out.get(path) ?? []), message]);
  for (const p of local) add(p.path, { text: t(`pages.segments.rule.problems.${p.code}`), incomplete: INCOMPLETE.includes(p.code) });
  for (const e of server) {
    add(e.path, { text: `${t(`enums.ruleProblem.${e.problem}`, { defaultValue: e.problem })}: ${e.message}`, incomplete: false });
  }
  return out;
}
