import { graphql } from '../../../gql';

// The NORMAL clients the product suits (MATCH) and fits, among those the
// viewer may see; a product manager gets the count alone.
export const PRODUCT_TARGETS = graphql(`
  query ProductTargets($productId: ID!, $first: Int, $after: Cursor) {
    productTargets(productId: $productId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          clientNo
          name
        }
      }
    }
  }
`);
