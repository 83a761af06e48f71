import { graphql } from '../../../gql';

// A page of a saved segment's members, as the viewer may see them.
export const SEGMENT_CLIENTS = graphql(`
  query SegmentClients($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: [CustomerOrder!]) {
    node(id: $id) {
      ... on SavedSegment {
        id
        members(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
          totalCount
          pageInfo {
            hasNextPage
            hasPreviousPage
            startCursor
            endCursor
          }
          edges {
            node {
              ...ClientRow
            }
          }
        }
      }
    }
  }
`);
