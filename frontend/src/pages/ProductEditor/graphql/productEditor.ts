import { graphql } from '../../../gql';

// The product to edit: its fields, and the status and version the editor
// saves against.
export const PRODUCT_EDITOR = graphql(`
  query ProductEditor($id: ID!) {
    node(id: $id) {
      ... on Product {
        id
        status
        version
        submittedBy {
          id
        }
        ...ProductForm
      }
    }
  }
`);
