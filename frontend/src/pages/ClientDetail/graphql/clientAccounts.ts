import { graphql } from '../../../gql';

export const CLIENT_ACCOUNTS = graphql(`
  fragment ClientAccounts on Customer {
    accounts(first: 50, orderBy: { field: ACCOUNT_NO }) {
      edges {
        node {
          id
          accountNo
          type
          market
          currency
          status
          cashBalance
          marginDebt
        }
      }
    }
  }
`);
