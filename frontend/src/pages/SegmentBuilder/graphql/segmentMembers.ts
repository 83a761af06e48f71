import { graphql } from '../../../gql';

// The first members of the rule being edited.
export const SEGMENT_MEMBERS = graphql(`
  query SegmentMembers($rule: String!, $first: Int!) {
    segmentMembers(rule: $rule, first: $first, orderBy: [{ field: CLIENT_NO, direction: ASC }]) {
      totalCount
      edges {
        node {
          ...SegmentMemberRow
        }
      }
    }
  }
`);
