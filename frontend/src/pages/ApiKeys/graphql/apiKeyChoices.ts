import { graphql } from '../../../gql';

// The branches a key may be limited to.
export const API_KEY_BRANCHES = graphql(`
  query ApiKeyBranches {
    branches(first: 100, orderBy: { field: CODE }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
