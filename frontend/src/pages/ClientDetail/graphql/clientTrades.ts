import { graphql } from '../../../gql';

export const CLIENT_TRADES = graphql(`
  query ClientTrades($id: ID!, $first: Int!, $after: Cursor) {
    node(id: $id) {
      ... on Customer {
        id
        trades(first: $first, after: $after, orderBy: { field: TRADED_AT, direction: DESC }) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              tradedAt
              side
              quantity
              price
              amount
              commission
              fees
              channel
              account {
                id
                accountNo
              }
              instrument {
                id
                code
                name
              }
            }
          }
        }
      }
    }
  }
`);
