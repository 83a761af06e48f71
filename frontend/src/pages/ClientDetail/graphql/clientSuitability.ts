import { graphql } from '../../../gql';

// The suitability profile: the current assessment in full and the
// earlier ones.
export const CLIENT_SUITABILITY = graphql(`
  query ClientSuitability($id: ID!) {
    node(id: $id) {
      ... on Customer {
        id
        investorClass
        currentRiskAssessment {
          id
          level
          score
          lowestCategory
          horizon
          varieties
          assessedAt
          expiresAt
          questionnaireVersion
          channel
          assessedBy {
            id
            displayName
          }
        }
        riskAssessments(first: 20, orderBy: { field: ASSESSED_AT, direction: DESC }) {
          edges {
            node {
              id
              level
              score
              assessedAt
              expiresAt
              channel
            }
          }
        }
      }
    }
  }
`);
