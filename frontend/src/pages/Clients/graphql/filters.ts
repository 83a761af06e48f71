import { graphql } from '../../../gql';

// The choices of the list's filters: branches, advisors and tags.
export const CLIENT_FILTERS = graphql(`
  query ClientFilters {
    branches(first: 100, orderBy: { field: CODE }) {
      edges {
        node {
          id
          name
        }
      }
    }
    users(first: 200, where: { role: ADVISOR }, orderBy: { field: USERNAME }) {
      edges {
        node {
          id
          displayName
          branch {
            id
          }
        }
      }
    }
    tags(first: 100, orderBy: { field: NAME }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
