import { graphql } from '../../../gql';

// version is the one the editor loaded: the server refuses the update
// (CONFLICT) if the product changed since.
export const UPDATE_PRODUCT = graphql(`
  mutation UpdateProduct($id: ID!, $version: Int!, $input: ProductInput!) {
    updateProduct(id: $id, version: $version, input: $input) {
      id
      status
      version
      updatedAt
      ...ProductForm
    }
  }
`);
