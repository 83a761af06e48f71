import { graphql } from '../../../gql';

export const SNAPSHOT_SAVED_SEGMENT = graphql(`
  mutation SnapshotSavedSegment($id: ID!) {
    snapshotSavedSegment(id: $id) {
      id
      takenAt
      memberCount
    }
  }
`);
