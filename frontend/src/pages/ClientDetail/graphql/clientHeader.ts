import { graphql } from '../../../gql';

// What the header shows: who the client is, their status and class, the
// current risk level and its expiry, the asset tier's total, advisor,
// branch, tags and classes in the classification schemes.
export const CLIENT_HEADER = graphql(`
  fragment ClientHeader on Customer {
    id
    name
    clientNo
    kind
    status
    investorClass
    advisor {
      id
      displayName
    }
    branch {
      id
      name
    }
    currentRiskAssessment {
      id
      level
      expiresAt
    }
    summary {
      totalAssets
    }
    ...ClientTags
    ...ClientClasses
  }
`);
