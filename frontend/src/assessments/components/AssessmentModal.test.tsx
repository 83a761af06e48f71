import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from 'antd';
import { describe, expect, it } from 'vitest';

import { RISK_QUESTIONNAIRE } from '../graphql/riskQuestionnaire';
import { TAKE_RISK_ASSESSMENT } from '../graphql/takeRiskAssessment';
import { AssessmentModal } from './AssessmentModal';

const text = (zh: string, en: string) => ({ __typename: 'QuestionText', zh, en });
const option = (key: string, zh: string, score: number) => ({ __typename: 'RiskQuestionOption', key, score, text: text(zh, zh) });

const questionnaire: MockLink.MockedResponse = {
  request: { query: RISK_QUESTIONNAIRE },
  result: {
    data: {
      riskQuestionnaire: {
        __typename: 'RiskQuestionnaire',
        id: 'q1',
        version: 'T-1',
        title: text('风险测评问卷', 'Risk questionnaire'),
        questions: [
          {
            __typename: 'RiskQuestion',
            key: 'max_loss',
            multiple: false,
            text: text('您能承受的最大损失？', 'The largest loss you accept?'),
            options: [option('A', '不能承受任何损失', 0), option('B', '10%以内', 3)],
          },
          {
            __typename: 'RiskQuestion',
            key: 'varieties',
            multiple: true,
            text: text('您希望投资的品种？', 'Which varieties?'),
            options: [option('A', '固定收益类', 0), option('B', '权益类', 0)],
          },
        ],
      },
    },
  },
};

const taken: MockLink.MockedResponse = {
  request: {
    query: TAKE_RISK_ASSESSMENT,
    variables: {
      clientId: 'c1',
      channel: 'BRANCH',
      answers: [
        { question: 'max_loss', options: ['A'] },
        { question: 'varieties', options: ['A', 'B'] },
      ],
    },
  },
  result: {
    data: {
      takeRiskAssessment: {
        __typename: 'RiskAssessment',
        id: 'a1',
        level: 'C1',
        score: 0,
        lowestCategory: true,
        horizon: 'SHORT',
        varieties: ['FIXED_INCOME', 'EQUITY'],
        expiresAt: '2028-11-29T00:00:00Z',
      },
    },
  },
};

describe('AssessmentModal', () => {
  it('asks the questions with radios and checkboxes, sends the answers and shows the result', { timeout: 30_000 }, async () => {
    render(
      <MockedProvider mocks={[questionnaire, taken]}>
        <App>
          <AssessmentModal clientId="c1" channel="BRANCH" onClose={() => {}} />
        </App>
      </MockedProvider>,
    );
    fireEvent.click(await screen.findByLabelText('A. 不能承受任何损失'));
    fireEvent.click(screen.getByLabelText('A. 固定收益类'));
    fireEvent.click(screen.getByLabelText('B. 权益类'));
    fireEvent.click(screen.getByTestId('assessment-submit'));
    expect((await screen.findByTestId('assessment-level')).textContent).toBe('C1 保守型');
    expect(screen.getByTestId('assessment-lowest')).toBeTruthy();
    expect(screen.getByTestId('assessment-result').textContent).toContain('固定收益类、权益类');
  });
});
