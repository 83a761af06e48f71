import { graphql } from '../../../gql';

// The fields a row of the key table shows; revoking asks for the same, so
// the row updates from the mutation's answer.
export const API_KEY_ROW = graphql(`
  fragment ApiKeyRow on APIKey {
    id
    name
    prefix
    scopes
    allowlistOnly
    ratePerMinute
    expiresAt
    revokedAt
    lastUsedAt
    createdAt
    owner {
      id
      username
      displayName
    }
    branch {
      id
      name
    }
  }
`);
