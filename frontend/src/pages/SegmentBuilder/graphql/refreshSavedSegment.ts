import { graphql } from '../../../gql';

// Counts the members now and keeps the count (memberCount, countedAt).
export const REFRESH_SAVED_SEGMENT = graphql(`
  mutation RefreshSavedSegment($id: ID!) {
    refreshSavedSegment(id: $id) {
      ...SavedSegmentDetail
    }
  }
`);
