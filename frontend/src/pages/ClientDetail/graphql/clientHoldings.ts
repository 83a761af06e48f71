import { graphql } from '../../../gql';

// The largest holdings and the totals of their asset classes.
export const CLIENT_HOLDINGS = graphql(`
  query ClientHoldings($id: ID!, $first: Int!) {
    node(id: $id) {
      ... on Customer {
        id
        assetAllocation {
          assetClass
          marketValue
          cost
          unrealisedPnl
          weight
          holdings
        }
        holdings(first: $first, orderBy: { field: MARKET_VALUE, direction: DESC }) {
          totalCount
          edges {
            node {
              id
              assetClass
              quantity
              cost
              marketValue
              unrealisedPnl
              weight
              asOf
              account {
                id
                accountNo
              }
              instrument {
                id
                code
                name
              }
              product {
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
