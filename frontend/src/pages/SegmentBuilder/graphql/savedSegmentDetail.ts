import { graphql } from '../../../gql';

// What the builder shows of a saved segment; every mutation of one answers
// with the same, so the page follows at once.
export const SAVED_SEGMENT_DETAIL = graphql(`
  fragment SavedSegmentDetail on SavedSegment {
    id
    name
    description
    visibility
    rule
    memberCount
    countedAt
    createdAt
    updatedAt
    owner {
      id
      displayName
    }
  }
`);
