import { graphql } from '../../../gql';

export const PRODUCTS = graphql(`
  query Products($first: Int!, $after: Cursor) {
    products(first: $first, after: $after, orderBy: [{ field: CODE }]) {
      totalCount
      pageInfo {
        hasNextPage
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
          status
          minAmount
        }
      }
    }
  }
`);
