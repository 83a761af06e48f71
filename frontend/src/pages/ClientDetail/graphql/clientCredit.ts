import { graphql } from '../../../gql';

export const CLIENT_CREDIT = graphql(`
  query ClientCredit($id: ID!) {
    node(id: $id) {
      ... on Customer {
        id
        creditSummary {
          marginDebt
          collateral
          maintenanceRatio
        }
      }
    }
  }
`);
