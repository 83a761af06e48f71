import { graphql } from '../../../gql';

export const CLIENT_INTERACTIONS = graphql(`
  query ClientInteractions($id: ID!, $first: Int!, $after: Cursor) {
    node(id: $id) {
      ... on Customer {
        id
        interactions(first: $first, after: $after, orderBy: { field: OCCURRED_AT, direction: DESC }) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              occurredAt
              channel
              kind
              summary
              followUpOn
              staff {
                id
                displayName
              }
            }
          }
        }
      }
    }
  }
`);
