import { graphql } from '../../../gql';

// How many clients the viewer may see a rule picks: the editor's live count.
export const SEGMENT_COUNT = graphql(`
  query SegmentCount($rule: String!) {
    segmentCount(rule: $rule)
  }
`);
