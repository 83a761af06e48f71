import { graphql } from '../../../gql';

// The tags an advisor may put on a client: the manual ones (automatic
// tags are set by the classification rules).
export const MANUAL_TAGS = graphql(`
  query ManualTags {
    tags(first: 200, where: { kind: MANUAL }, orderBy: { field: NAME }) {
      edges {
        node {
          id
          name
          color
        }
      }
    }
  }
`);
