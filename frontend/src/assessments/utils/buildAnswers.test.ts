import { describe, expect, it } from 'vitest';

import { buildAnswers } from './buildAnswers';

const questions = [{ key: 'age' }, { key: 'products' }, { key: 'max_loss' }];

describe('buildAnswers', () => {
  it('keeps the questionnaire order and wraps single choices', () => {
    expect(buildAnswers(questions, { max_loss: 'A', products: ['B', 'C'], age: 'B' })).toEqual([
      { question: 'age', options: ['B'] },
      { question: 'products', options: ['B', 'C'] },
      { question: 'max_loss', options: ['A'] },
    ]);
  });
  it('leaves out unanswered questions and unknown keys', () => {
    expect(buildAnswers(questions, { age: 'A', products: [], other: 'X' })).toEqual([{ question: 'age', options: ['A'] }]);
  });
});
