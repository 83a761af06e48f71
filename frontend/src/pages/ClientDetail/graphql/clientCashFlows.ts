import { graphql } from '../../../gql';

export const CLIENT_CASH_FLOWS = graphql(`
  query ClientCashFlows($id: ID!, $first: Int!, $after: Cursor) {
    node(id: $id) {
      ... on Customer {
        id
        cashFlows(first: $first, after: $after, orderBy: { field: OCCURRED_AT, direction: DESC }) {
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
              type
              amount
              account {
                id
                accountNo
              }
            }
          }
        }
      }
    }
  }
`);
