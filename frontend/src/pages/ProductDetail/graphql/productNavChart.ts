import { graphql } from '../../../gql';

// The latest NAVs, newest first (the chart draws them oldest first).
export const PRODUCT_NAV_CHART = graphql(`
  fragment ProductNavChart on Product {
    id
    navs(first: 200, orderBy: { field: DATE, direction: DESC }) {
      totalCount
      edges {
        node {
          id
          date
          nav
        }
      }
    }
  }
`);
