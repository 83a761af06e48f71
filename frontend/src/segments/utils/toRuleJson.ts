import type { RuleDraft } from '../types/ruleDraft';
import type { Json, RuleJson } from '../types/ruleJson';

// DimensionType is what writing a value needs to know of its dimension.
export interface DimensionType {
  type: string;
}

const INTEGER = /^-?\d+$/;

// scalar writes one typed value as the API reads it: a whole number of an
// INTEGER dimension as a JSON number; decimals (never through a float),
// dates, enum values and tag names as strings. Text that is not what the
// type wants is sent as typed, for the server to say what is wrong.
function scalar(text: string, type: string | undefined, op: string): Json {
  const t = text.trim();
  if (op === 'HAS_TAG' || op === 'NOT_HAS_TAG') return text;
  if (type === 'INTEGER' && INTEGER.test(t) && Number.isSafeInteger(Number(t))) return Number(t);
  return t;
}

function amount(text: string): Json {
  const t = text.trim();
  return INTEGER.test(t) && Number.isSafeInteger(Number(t)) ? Number(t) : t;
}

// toRuleJson writes the editor's tree as the API's JSON rule, typing each
// value by its dimension (dimensions maps keys to them).
export function toRuleJson(node: RuleDraft, dimensions: ReadonlyMap<string, DimensionType>): RuleJson {
  if (node.kind === 'group') return { op: node.op, rules: node.rules.map((r) => toRuleJson(r, dimensions)) };
  const type = dimensions.get(node.dimension)?.type;
  const out: RuleJson = { op: node.op, dimension: node.dimension };
  const v = node.value;
  switch (v.kind) {
    case 'none':
      break;
    case 'single':
      out.value = scalar(v.text, type, node.op);
      break;
    case 'flag':
      if (v.value !== null) out.value = v.value;
      break;
    case 'range':
      out.values = [scalar(v.low, type, node.op), scalar(v.high, type, node.op)];
      break;
    case 'list':
      out.values = v.items.map((item) => scalar(item, type, node.op));
      break;
    case 'period':
      out.value = { amount: amount(v.amount), unit: v.unit };
      break;
    case 'raw': {
      const kept = JSON.parse(v.json) as { value?: Json; values?: Json[] };
      if (kept.value !== undefined) out.value = kept.value;
      if (kept.values !== undefined) out.values = kept.values;
      break;
    }
  }
  return out;
}
