import type { ConditionDraft, GroupDraft, GroupOp, RuleDraft } from '../types/ruleDraft';
import { nodeId } from './nodeId';

// newCondition is an empty condition, as the editor adds one.
export function newCondition(): ConditionDraft {
  return { kind: 'condition', id: nodeId(), dimension: '', op: '', value: { kind: 'none' } };
}

// newGroup is a group holding rules (by default one empty condition).
export function newGroup(op: GroupOp = 'AND', rules: RuleDraft[] = [newCondition()]): GroupDraft {
  return { kind: 'group', id: nodeId(), op, rules };
}
