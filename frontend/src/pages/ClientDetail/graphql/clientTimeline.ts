import { graphql } from '../../../gql';

// One page of the client's history, newest first; an interaction's own
// summary comes along, whatever the server's one-line title says.
export const CLIENT_TIMELINE = graphql(`
  query ClientTimeline($id: ID!, $first: Int!, $after: Cursor, $kinds: [TimelineKind!]) {
    node(id: $id) {
      ... on Customer {
        id
        timeline(first: $first, after: $after, kinds: $kinds) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              kind
              at
              title
              amount
              node {
                id
                ... on Interaction {
                  summary
                }
              }
            }
          }
        }
      }
    }
  }
`);
