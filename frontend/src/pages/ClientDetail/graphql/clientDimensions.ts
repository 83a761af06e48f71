import { graphql } from '../../../gql';

// The client's computed dimensions (画像), as of the last metrics refresh.
export const CLIENT_DIMENSIONS = graphql(`
  query ClientDimensions($id: ID!) {
    node(id: $id) {
      ... on Customer {
        id
        metricsRefreshedAt
        dimensions {
          value
          dimension {
            key
            nameZh
            nameEn
            group
            type
            unit
          }
        }
      }
    }
  }
`);
