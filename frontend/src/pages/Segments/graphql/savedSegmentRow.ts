import { graphql } from '../../../gql';

// A row of the saved segments table.
export const SAVED_SEGMENT_ROW = graphql(`
  fragment SavedSegmentRow on SavedSegment {
    id
    name
    visibility
    memberCount
    countedAt
    updatedAt
    owner {
      id
      displayName
    }
  }
`);
