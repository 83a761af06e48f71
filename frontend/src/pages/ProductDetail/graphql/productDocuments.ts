import { graphql } from '../../../gql';

export const PRODUCT_DOCUMENTS = graphql(`
  fragment ProductDocuments on Product {
    id
    documents {
      title
      kind
      url
      version
    }
  }
`);
