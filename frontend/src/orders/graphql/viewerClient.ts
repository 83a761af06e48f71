import { graphql } from '../../gql';

// The client a CLIENT user is: they order and take assessments for themselves.
export const VIEWER_CLIENT = graphql(`
  query ViewerClient {
    viewer {
      id
      client {
        id
        name
      }
    }
  }
`);
