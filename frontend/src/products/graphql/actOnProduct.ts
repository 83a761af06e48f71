import { graphql } from '../../gql';

// One move of the lifecycle. The answer carries what the move changes, so
// every view of the product shows its new status at once.
export const ACT_ON_PRODUCT = graphql(`
  mutation ActOnProduct($id: ID!, $action: ProductAction!, $comment: String) {
    actOnProduct(id: $id, action: $action, comment: $comment) {
      id
      status
      version
      updatedAt
      submittedAt
      submittedBy {
        id
        displayName
      }
    }
  }
`);
