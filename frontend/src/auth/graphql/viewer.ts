import { graphql } from '../../gql';

export const VIEWER = graphql(`
  query Viewer {
    viewer {
      id
      username
      displayName
      role
      branch {
        id
        name
      }
    }
  }
`);
