import { graphql } from '../../../gql';

// Products the client bought (orders) and was pushed, newest first.
export const CLIENT_PRODUCTS = graphql(`
  query ClientProducts($id: ID!) {
    node(id: $id) {
      ... on Customer {
        id
        orders(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
          totalCount
          edges {
            node {
              id
              amount
              status
              coolingOffUntil
              createdAt
              product {
                id
                code
                name
                riskLevel
              }
            }
          }
        }
        pushes(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
          totalCount
          edges {
            node {
              id
              channel
              status
              createdAt
              product {
                id
                code
                name
                riskLevel
              }
              advisor {
                id
                displayName
              }
            }
          }
        }
      }
    }
  }
`);
