// What a condition's value input edits: the kind of value, and how many.
export type ValueInput = 'none' | 'decimal' | 'integer' | 'enum' | 'boolean' | 'date' | 'period' | 'tag';
export type ValueArity = 'none' | 'one' | 'two' | 'many';

export interface ValueShape {
  input: ValueInput;
  arity: ValueArity;
}

const BY_TYPE: Record<string, ValueInput> = {
  NUMBER: 'decimal',
  MONEY: 'decimal',
  INTEGER: 'integer',
  ENUM: 'enum',
  BOOLEAN: 'boolean',
  DATE: 'date',
  TAGS: 'tag',
};

// valueShape says which value a condition takes, from its dimension's
// type and its operator, as package segment reads them: none for EMPTY
// and NOT_EMPTY, a period for WITHIN_LAST and BEFORE_LAST, a tag name for
// HAS_TAG and NOT_HAS_TAG, [low, high] for BETWEEN, a list for IN and
// NOT_IN, one value of the dimension's type otherwise.
export function valueShape(type: string | undefined, op: string): ValueShape {
  switch (op) {
    case '':
    case 'EMPTY':
    case 'NOT_EMPTY':
      return { input: 'none', arity: 'none' };
    case 'WITHIN_LAST':
    case 'BEFORE_LAST':
      return { input: 'period', arity: 'one' };
    case 'HAS_TAG':
    case 'NOT_HAS_TAG':
      return { input: 'tag', arity: 'one' };
  }
  const input = (type && BY_TYPE[type]) || 'none';
  if (input === 'none') return { input, arity: 'none' };
  if (op === 'BETWEEN') return { input, arity: 'two' };
  if (op === 'IN' || op === 'NOT_IN') return { input, arity: 'many' };
  return { input, arity: 'one' };
}
