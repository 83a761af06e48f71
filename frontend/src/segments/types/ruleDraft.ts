// The rule editor's own form of a rule tree: what the user is typing,
// valid or not. utils/parseRule reads a JSON rule into it and
// utils/toRuleJson writes it back; every node has an id for React's keys.

export type GroupOp = 'AND' | 'OR' | 'NOT';

// The units of a relative period (WITHIN_LAST, BEFORE_LAST), as package
// segment reads them.
export type PeriodUnit = 'DAY' | 'MONTH' | 'YEAR';

// DraftValue is a condition's value as typed, numbers and dates as text.
export type DraftValue =
  | { kind: 'none' }
  | { kind: 'single'; text: string }
  | { kind: 'flag'; value: boolean | null }
  | { kind: 'range'; low: string; high: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'period'; amount: string; unit: PeriodUnit }
  // A value of a shape the editor does not edit (a tag given by its id),
  // kept as it was read.
  | { kind: 'raw'; json: string };

export interface ConditionDraft {
  kind: 'condition';
  id: string;
  // '' until chosen.
  dimension: string;
  op: string;
  value: DraftValue;
}

export interface GroupDraft {
  kind: 'group';
  id: string;
  op: GroupOp;
  rules: RuleDraft[];
}

export type RuleDraft = GroupDraft | ConditionDraft;
