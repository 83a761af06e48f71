import { graphql } from '../../../gql';

export const REVOKE_API_KEY = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeAPIKey(id: $id) {
      ...ApiKeyRow
    }
  }
`);
