import { graphql } from '../../../gql';

// The classification schemes, in the order they were installed.
export const SCHEMES = graphql(`
  query Schemes {
    classificationSchemes(first: 50) {
      edges {
        node {
          ...SchemeCard
        }
      }
    }
  }
`);
