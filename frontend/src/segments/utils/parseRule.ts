import type { ConditionDraft, DraftValue, GroupDraft, PeriodUnit, RuleDraft } from '../types/ruleDraft';
import type { Json } from '../types/ruleJson';
import { newGroup } from './newRuleNodes';
import { nodeId } from './nodeId';

const GROUP_OPS = ['AND', 'OR', 'NOT'];
const PERIOD_UNITS: PeriodUnit[] = ['DAY', 'MONTH', 'YEAR'];

type JsonObject = { [key: string]: Json };

function isObject(x: unknown): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isScalar(x: unknown): x is string | number {
  return typeof x === 'string' || typeof x === 'number';
}

// readValue reads a condition's value or values into the editor's form.
// A value the editor has no input for (a tag given by its id, a list of
// lists) is kept as it is, to be written back unchanged.
function readValue(op: string, node: JsonObject): DraftValue {
  const { value, values } = node;
  const raw = (): DraftValue => ({ kind: 'raw', json: JSON.stringify({ value, values }) });
  if (Array.isArray(values)) {
    if (!values.every(isScalar)) return raw();
    if (op === 'BETWEEN' && values.length === 2) return { kind: 'range', low: String(values[0]), high: String(values[1]) };
    return { kind: 'list', items: values.map(String) };
  }
  if (value === undefined || value === null) return { kind: 'none' };
  if (op === 'HAS_TAG' || op === 'NOT_HAS_TAG') return typeof value === 'string' ? { kind: 'single', text: value } : raw();
  if (isObject(value)) {
    const { amount, unit } = value;
    if (isScalar(amount) && PERIOD_UNITS.includes(unit as PeriodUnit) && Object.keys(value).length === 2) {
      return { kind: 'period', amount: String(amount), unit: unit as PeriodUnit };
    }
    return raw();
  }
  if (typeof value === 'boolean') return { kind: 'flag', value };
  if (isScalar(value)) return { kind: 'single', text: String(value) };
  return raw();
}

function readNode(x: unknown): RuleDraft {
  if (!isObject(x)) throw new Error('a rule is a JSON object');
  const op = typeof x.op === 'string' ? x.op : '';
  if (GROUP_OPS.includes(op)) {
    const rules = Array.isArray(x.rules) ? x.rules.map(readNode) : [];
    return { kind: 'group', id: nodeId(), op: op as GroupDraft['op'], rules };
  }
  const condition: ConditionDraft = {
    kind: 'condition',
    id: nodeId(),
    dimension: typeof x.dimension === 'string' ? x.dimension : '',
    op,
    value: readValue(op, x),
  };
  return condition;
}

// parseRule reads a rule's JSON into the editor's tree. The editor's root
// is always a group: a rule that is a single condition (as a scheme's
// class often is) becomes an AND group of it. It throws on text that is
// not a JSON rule.
export function parseRule(json: string): GroupDraft {
  const root = readNode(JSON.parse(json) as unknown);
  return root.kind === 'group' ? root : newGroup('AND', [root]);
}
