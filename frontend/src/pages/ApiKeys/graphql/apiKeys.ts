import { graphql } from '../../../gql';

export const API_KEYS = graphql(`
  query ApiKeys {
    apiKeys(first: 200, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges {
        node {
          ...ApiKeyRow
        }
      }
    }
  }
`);
