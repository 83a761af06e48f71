import { graphql } from '../../../gql';

export const DELETE_SAVED_SEGMENT = graphql(`
  mutation DeleteSavedSegment($id: ID!) {
    deleteSavedSegment(id: $id)
  }
`);
