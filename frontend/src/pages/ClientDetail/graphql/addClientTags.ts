import { graphql } from '../../../gql';

export const ADD_CLIENT_TAGS = graphql(`
  mutation AddClientTags($clientId: ID!, $tagIds: [ID!]!) {
    addClientTags(clientId: $clientId, tagIds: $tagIds) {
      id
      ...ClientTags
    }
  }
`);
