import { graphql } from '../../../gql';

export const SAVED_SEGMENT = graphql(`
  query SavedSegment($id: ID!) {
    node(id: $id) {
      ... on SavedSegment {
        id
        ...SavedSegmentDetail
      }
    }
  }
`);
