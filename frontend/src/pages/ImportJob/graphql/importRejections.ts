import { graphql } from '../../../gql';

// A page of a job's rejected rows, in the order of the file.
export const IMPORT_REJECTIONS = graphql(`
  query ImportRejections($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      ... on ImportJob {
        id
        rejections(first: $first, after: $after, last: $last, before: $before, orderBy: { field: LINE, direction: ASC }) {
          totalCount
          pageInfo {
            hasNextPage
            hasPreviousPage
            startCursor
            endCursor
          }
          edges {
            node {
              id
              line
              column
              value
              reason
              message
            }
          }
        }
      }
    }
  }
`);
