import { graphql } from '../../../gql';

// A row of the builder's member preview.
export const SEGMENT_MEMBER_ROW = graphql(`
  fragment SegmentMemberRow on Customer {
    id
    clientNo
    name
    status
    branch {
      id
      name
    }
    advisor {
      id
      displayName
    }
  }
`);
