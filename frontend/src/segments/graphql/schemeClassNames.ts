import { graphql } from '../../gql';

// The names of a scheme's classes, which are the values of its class
// dimension (class_<scheme key>) in rules, charts and a client's classes.
// The rules come too: classes have no id, so the cache keeps one list of
// them per scheme, which the schemes page reads with their rules.
export const SCHEME_CLASS_NAMES = graphql(`
  fragment SchemeClassNames on ClassificationScheme {
    id
    key
    nameZh
    nameEn
    dimensionKey
    classes {
      key
      nameZh
      nameEn
      rule
    }
  }
`);
