import { graphql } from '../../../gql';

export const CLIENT_CONTRIBUTION = graphql(`
  query ClientContribution($id: ID!) {
    node(id: $id) {
      ... on Customer {
        id
        contribution {
          thisMonth {
            ...ContributionRow
          }
          yearToDate {
            ...ContributionRow
          }
          last12Months {
            ...ContributionRow
          }
        }
      }
    }
  }
`);
