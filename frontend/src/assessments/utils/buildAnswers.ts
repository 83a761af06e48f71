import type { RiskAnswerInput } from '../../gql/graphql';

// AnswerValues are the questionnaire form's values: a question's key to the
// option chosen (single choice) or the options chosen (multiple choice).
export type AnswerValues = Record<string, string | string[] | undefined>;

// buildAnswers turns the form's values into takeRiskAssessment's answers,
// in the questionnaire's order; an unanswered question is left out for the
// server to name.
export function buildAnswers(questions: { key: string }[], values: AnswerValues): RiskAnswerInput[] {
  return questions.flatMap(({ key }) => {
    const v = values[key];
    const options = v === undefined ? [] : Array.isArray(v) ? v : [v];
    return options.length ? [{ question: key, options }] : [];
  });
}
