import { graphql } from '../../../gql';

export const CLIENTS = graphql(`
  query Clients(
    $first: Int
    $after: Cursor
    $last: Int
    $before: Cursor
    $where: CustomerWhereInput
    $orderBy: [CustomerOrder!]
  ) {
    customers(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: $orderBy) {
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
`);
