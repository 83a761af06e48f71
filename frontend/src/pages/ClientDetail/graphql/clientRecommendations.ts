import { graphql } from '../../../gql';

// The products on sale that suit the client, best first, with why.
export const CLIENT_RECOMMENDATIONS = graphql(`
  query ClientRecommendations($clientId: ID!, $first: Int!) {
    clientRecommendations(clientId: $clientId, first: $first) {
      score
      reasons {
        zh
        en
      }
      product {
        id
        code
        name
        riskLevel
        return1y
      }
    }
  }
`);
