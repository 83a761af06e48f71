import type { DraftValue } from '../types/ruleDraft';
import type { ValueShape } from './valueShape';

// firstText is what a value holds that a single input can keep.
function firstText(value: DraftValue): string {
  switch (value.kind) {
    case 'single':
      return value.text;
    case 'range':
      return value.low;
    case 'list':
      return value.items[0] ?? '';
    default:
      return '';
  }
}

// fitValue turns a condition's value into the form shape takes, keeping
// what still fits: after GE becomes BETWEEN the number typed is the low
// end, after IN becomes EQ the first item stays, after a change of input
// (a number to a date) the value starts empty.
export function fitValue(value: DraftValue, shape: ValueShape, sameInput: boolean): DraftValue {
  if (shape.arity === 'none') return { kind: 'none' };
  if (shape.input === 'period') {
    return value.kind === 'period' ? value : { kind: 'period', amount: '', unit: 'DAY' };
  }
  if (shape.input === 'boolean') {
    return value.kind === 'flag' && sameInput ? value : { kind: 'flag', value: null };
  }
  const text = sameInput ? firstText(value) : '';
  switch (shape.arity) {
    case 'two':
      return value.kind === 'range' && sameInput ? value : { kind: 'range', low: text, high: '' };
    case 'many':
      return value.kind === 'list' && sameInput ? value : { kind: 'list', items: text ? [text] : [] };
    default:
      return { kind: 'single', text };
  }
}
