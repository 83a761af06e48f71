import { graphql } from '../../../gql';

// One period's row of the contribution table.
export const CONTRIBUTION_ROW = graphql(`
  fragment ContributionRow on ContributionFigures {
    commission
    fees
    productFees
    marginInterest
    total
  }
`);
