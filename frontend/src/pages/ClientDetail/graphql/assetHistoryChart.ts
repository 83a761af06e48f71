import { graphql } from '../../../gql';

// The month-end totals of the last two years, oldest first (last: 24 of
// the ascending order: the newest 24 however long the history), and
// today's total to end the line.
export const ASSET_HISTORY_CHART = graphql(`
  fragment AssetHistoryChart on Customer {
    assetSnapshots(last: 24, orderBy: { field: AS_OF, direction: ASC }) {
      edges {
        node {
          id
          asOf
          totalAssets
        }
      }
    }
    summary {
      totalAssets
    }
  }
`);
