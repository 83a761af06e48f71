import { graphql } from '../../../gql';

// The products waiting for compliance (where: their status, and a
// search), longest waiting first.
export const REVIEW_QUEUE = graphql(`
  query ReviewQueue($where: ProductWhereInput!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    products(
      first: $first
      after: $after
      last: $last
      before: $before
      where: $where
      orderBy: [{ field: UPDATED_AT, direction: ASC }]
    ) {
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
          code
          name
          type
          riskLevel
          issuer
          version
          updatedAt
          submittedAt
          submittedBy {
            id
            displayName
          }
        }
      }
    }
  }
`);
