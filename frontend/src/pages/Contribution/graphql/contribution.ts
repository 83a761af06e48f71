import { graphql } from '../../../gql';

// The revenue analysis of a period: totals, the Pareto curve, revenue by
// branch and by advisor (both, so the toggle asks nothing more), and the
// clients who brought the most.
export const CONTRIBUTION = graphql(`
  query Contribution($period: ContributionPeriod!, $top: Int!) {
    contribution(period: $period) {
      period
      clients
      payingClients
      total
      commission
      fees
      marginInterest
      productFees
      clientsFor80Percent
      pareto {
        clientShare
        revenueShare
      }
      branches: groups(by: BRANCH) {
        ...ContributionGroupRow
      }
      advisors: groups(by: ADVISOR) {
        ...ContributionGroupRow
      }
      topClients(first: $top) {
        revenue
        client {
          id
          clientNo
          name
        }
      }
    }
  }
`);
