import { graphql } from '../../gql';

// The published products the order dialog offers, by name or code.
export const ORDER_PRODUCTS = graphql(`
  query OrderProducts($where: ProductWhereInput!, $first: Int!) {
    products(first: $first, where: $where) {
      edges {
        node {
          id
          code
          name
          riskLevel
          minAmount
        }
      }
    }
  }
`);
