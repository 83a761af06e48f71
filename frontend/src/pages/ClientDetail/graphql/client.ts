import { graphql } from '../../../gql';

// The one query of the page's first paint: the header, the figures, the
// two charts and the accounts. Every tab loads its own data when opened.
export const CLIENT = graphql(`
  query Client($id: ID!) {
    node(id: $id) {
      ... on Customer {
        id
        advisorID
        ...ClientHeader
        ...ClientPersonalData
        ...ClientSummaryFigures
        ...AssetAllocationChart
        ...AssetHistoryChart
        ...ClientAccounts
      }
    }
  }
`);
