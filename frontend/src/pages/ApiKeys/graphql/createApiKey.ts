import { graphql } from '../../../gql';

export const CREATE_API_KEY = graphql(`
  mutation CreateApiKey($input: CreateAPIKeyInput!) {
    createAPIKey(input: $input) {
      key
      apiKey {
        ...ApiKeyRow
      }
    }
  }
`);
