import { graphql } from '../../../gql';

export const CLIENT = graphql(`
  query Client($id: ID!) {
    node(id: $id) {
      ... on Customer {
        id
        clientNo
        name
        kind
        status
        investorClass
        ...ClientPersonalData
        branch {
          id
          name
        }
        advisor {
          id
          displayName
        }
        tags(first: 20) {
          edges {
            node {
              id
              name
              color
            }
          }
        }
        accounts(first: 20, orderBy: { field: ACCOUNT_NO }) {
          edges {
            node {
              id
              accountNo
              type
              market
              currency
              status
              cashBalance
            }
          }
        }
      }
    }
  }
`);
