import { graphql } from '../../../gql';

// The clients a rule picks (all the viewer may see when rule is null) by
// the values of an ENUM or BOOLEAN dimension or a scheme's class.
export const SEGMENT_COMPOSITION = graphql(`
  query SegmentComposition($rule: String, $by: String!) {
    segmentComposition(rule: $rule, by: $by) {
      value
      count
    }
  }
`);
