import { graphql } from '../../../gql';

// A page of the segments the viewer may read, the latest changed first.
export const SAVED_SEGMENTS = graphql(`
  query SavedSegments($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    savedSegments(first: $first, after: $after, last: $last, before: $before, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          ...SavedSegmentRow
        }
      }
    }
  }
`);
