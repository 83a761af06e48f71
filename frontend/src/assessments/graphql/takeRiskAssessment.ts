import { graphql } from '../../gql';

export const TAKE_RISK_ASSESSMENT = graphql(`
  mutation TakeRiskAssessment($clientId: ID!, $answers: [RiskAnswerInput!]!, $channel: RiskAssessmentChannel!) {
    takeRiskAssessment(clientId: $clientId, answers: $answers, channel: $channel) {
      id
      level
      score
      lowestCategory
      horizon
      varieties
      expiresAt
    }
  }
`);
