import { graphql } from '../../../gql';

// Who the product is and where it stands: what the header and its
// lifecycle actions need.
export const PRODUCT_HEADER = graphql(`
  fragment ProductHeader on Product {
    id
    code
    name
    type
    riskLevel
    status
    version
    issuer
    manager
    updatedAt
    submittedAt
    submittedBy {
      id
      displayName
    }
  }
`);
