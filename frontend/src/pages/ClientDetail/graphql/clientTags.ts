import { graphql } from '../../../gql';

// The client's tags as the tag editor shows them; the tag mutations answer
// with the same selection, so the header updates from their answer.
export const CLIENT_TAGS = graphql(`
  fragment ClientTags on Customer {
    id
    tags(first: 50, orderBy: { field: NAME }) {
      edges {
        node {
          id
          name
          color
          kind
        }
      }
    }
  }
`);
