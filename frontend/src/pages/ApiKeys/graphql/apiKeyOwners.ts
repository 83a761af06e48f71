import { graphql } from '../../../gql';

// The users a key may act as, matching what was typed: there are more
// staff than one page holds, so the server searches them.
export const API_KEY_OWNERS = graphql(`
  query ApiKeyOwners($where: UserWhereInput!) {
    users(first: 20, where: $where, orderBy: { field: USERNAME }) {
      edges {
        node {
          id
          username
          displayName
          role
        }
      }
    }
  }
`);
