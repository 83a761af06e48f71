import { graphql } from '../../../gql';

export const CREATE_SAVED_SEGMENT = graphql(`
  mutation CreateSavedSegment($input: SavedSegmentInput!) {
    createSavedSegment(input: $input) {
      ...SavedSegmentDetail
    }
  }
`);
