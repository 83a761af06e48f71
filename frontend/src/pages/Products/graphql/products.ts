import { graphql } from '../../../gql';

// A page of the product library, filtered and ordered by the server.
export const PRODUCTS = graphql(`
  query Products(
    $first: Int
    $after: Cursor
    $last: Int
    $before: Cursor
    $where: ProductWhereInput
    $orderBy: [ProductOrder!]
  ) {
    products(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: $orderBy) {
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
          horizon
          issuer
          status
          minAmount
          managementFeeRate
          return1y
          salesAmount
        }
      }
    }
  }
`);
