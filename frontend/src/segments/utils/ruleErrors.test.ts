import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';

import { i18n } from '../../i18n';
import { ruleErrors } from './ruleErrors';
import { ruleProblemMessages } from './ruleProblemMessages';

const refused = new CombinedGraphQLErrors({
  errors: [
    {
      message: 'segment rule at rules[1]: age LT: "abc" is not a number',
      extensions: {
        code: 'BAD_USER_INPUT',
        ruleErrors: [
          { path: 'rules[1]', dimension: 'age', problem: 'TYPE_MISMATCH', message: 'age LT: "abc" is not a number' },
          { path: '', dimension: '', problem: 'BAD_STRUCTURE', message: 'the rule has no op' },
          { path: 3, problem: 'X', message: 'not a rule error' },
        ],
      },
    },
  ],
});

describe('ruleErrors', () => {
  it("reads the problems of a refused rule from the error's extensions", () => {
    expect(ruleErrors(refused)).toEqual([
      { path: 'rules[1]', dimension: 'age', problem: 'TYPE_MISMATCH', message: 'age LT: "abc" is not a number' },
      { path: '', dimension: null, problem: 'BAD_STRUCTURE', message: 'the rule has no op' },
    ]);
  });

  it('finds none in other errors', () => {
    expect(ruleErrors(new CombinedGraphQLErrors({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] }))).toEqual([]);
    expect(ruleErrors(new TypeError('Failed to fetch'))).toEqual([]);
  });
});

describe('ruleProblemMessages', () => {
  it("puts the editor's and the server's problems at their nodes, incomplete parts marked", () => {
    const t = i18n.getFixedT('zh-CN');
    const messages = ruleProblemMessages(t, [{ path: 'rules[0]', code: 'NO_DIMENSION' }, { path: 'rules[2]', code: 'BAD_RANGE' }], ruleErrors(refused));
    expect(Object.fromEntries(messages)).toEqual({
      'rules[0]': [{ text: '请选择维度', incomplete: true }],
      'rules[2]': [{ text: '下限不能大于上限', incomplete: false }],
      'rules[1]': [{ text: '值的类型不符: age LT: "abc" is not a number', incomplete: false }],
      '': [{ text: '规则结构有误: the rule has no op', incomplete: false }],
    });
  });
});
