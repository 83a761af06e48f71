import { graphql } from '../../../gql';

// A row of the client list, whether of the filtered list or a segment's members.
export const CLIENT_ROW = graphql(`
  fragment ClientRow on Customer {
    id
    clientNo
    name
    status
    openedOn
    branch {
      id
      name
    }
    advisor {
      id
      displayName
    }
  }
`);
