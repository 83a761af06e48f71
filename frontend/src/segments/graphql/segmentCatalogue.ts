import { graphql } from '../../gql';

// The dimensions rules may use, and the schemes whose class names label
// the values of the class dimensions.
export const SEGMENT_CATALOGUE = graphql(`
  query SegmentCatalogue {
    segmentDimensions {
      ...RuleEditorDimension
    }
    classificationSchemes(first: 50) {
      edges {
        node {
          ...SchemeClassNames
        }
      }
    }
  }
`);
