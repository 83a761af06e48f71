import { graphql } from '../../../gql';

// The saved segments the list can be narrowed to, by name.
export const SEGMENT_CHOICES = graphql(`
  query SegmentChoices {
    savedSegments(first: 200, orderBy: { field: NAME }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
