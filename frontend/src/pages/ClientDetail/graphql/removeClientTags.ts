import { graphql } from '../../../gql';

export const REMOVE_CLIENT_TAGS = graphql(`
  mutation RemoveClientTags($clientId: ID!, $tagIds: [ID!]!) {
    removeClientTags(clientId: $clientId, tagIds: $tagIds) {
      id
      ...ClientTags
    }
  }
`);
