import { graphql } from '../../../gql';

// A page of the import jobs, newest first.
export const IMPORT_JOBS = graphql(`
  query ImportJobs($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    importJobs(first: $first, after: $after, last: $last, before: $before, orderBy: { field: STARTED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          ...ImportJobRow
        }
      }
    }
  }
`);
