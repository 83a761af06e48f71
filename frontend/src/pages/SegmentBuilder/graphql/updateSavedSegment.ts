import { graphql } from '../../../gql';

export const UPDATE_SAVED_SEGMENT = graphql(`
  mutation UpdateSavedSegment($id: ID!, $input: SavedSegmentInput!) {
    updateSavedSegment(id: $id, input: $input) {
      ...SavedSegmentDetail
    }
  }
`);
