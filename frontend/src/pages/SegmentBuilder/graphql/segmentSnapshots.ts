import { graphql } from '../../../gql';

// A saved segment's latest snapshots: when its membership was frozen, and how many.
export const SEGMENT_SNAPSHOTS = graphql(`
  query SegmentSnapshots($id: ID!, $first: Int!) {
    node(id: $id) {
      ... on SavedSegment {
        id
        snapshots(first: $first, orderBy: { field: TAKEN_AT, direction: DESC }) {
          totalCount
          edges {
            node {
              id
              takenAt
              memberCount
            }
          }
        }
      }
    }
  }
`);
