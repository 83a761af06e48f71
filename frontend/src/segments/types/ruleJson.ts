// A JSON value as a rule holds it.
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

// RuleJson is one node of a rule tree exactly as the API reads it
// (package segment): a group, {"op": "AND"|"OR"|"NOT", "rules": [...]},
// or a condition, {"op": "GE", "dimension": "total_assets", "value":
// "100000"} with value or values as the operator takes them.
export interface RuleJson {
  op: string;
  rules?: RuleJson[];
  dimension?: string;
  value?: Json;
  values?: Json[];
}
