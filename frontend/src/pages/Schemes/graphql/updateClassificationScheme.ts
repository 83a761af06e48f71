import { graphql } from '../../../gql';

// Head office's edit of a scheme's classes, against the version the editor
// started from (CONFLICT if it changed since).
export const UPDATE_CLASSIFICATION_SCHEME = graphql(`
  mutation UpdateClassificationScheme($id: ID!, $version: Int!, $classes: [SchemeClassInput!]!, $note: String) {
    updateClassificationScheme(id: $id, version: $version, classes: $classes, note: $note) {
      ...SchemeCard
    }
  }
`);
