import { graphql } from '../../../gql';

// The product's page in one query: header, key figures, NAV chart and
// documents. The history, for those who may read it, loads when opened.
export const PRODUCT = graphql(`
  query Product($id: ID!) {
    node(id: $id) {
      ... on Product {
        id
        ...ProductHeader
        ...ProductFigures
        ...ProductNavChart
        ...ProductDocuments
      }
    }
  }
`);
