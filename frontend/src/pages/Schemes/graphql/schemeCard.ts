import { graphql } from '../../../gql';

// What a scheme's card shows and its editor starts from: names, version,
// classes with their rules, and how the viewer's clients fall into them.
export const SCHEME_CARD = graphql(`
  fragment SchemeCard on ClassificationScheme {
    id
    key
    nameZh
    nameEn
    description
    version
    updatedAt
    dimensionKey
    classes {
      key
      nameZh
      nameEn
      rule
    }
    distribution {
      value
      count
    }
  }
`);
