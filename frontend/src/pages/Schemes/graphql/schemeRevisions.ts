import { graphql } from '../../../gql';

// A scheme's revisions, newest first: who set its classes, when and why.
export const SCHEME_REVISIONS = graphql(`
  query SchemeRevisions($id: ID!, $first: Int!) {
    node(id: $id) {
      ... on ClassificationScheme {
        id
        revisions(first: $first, orderBy: { field: CHANGED_AT, direction: DESC }) {
          totalCount
          edges {
            node {
              id
              version
              note
              changedAt
              changedBy {
                id
                displayName
              }
              classes {
                key
                nameZh
                nameEn
              }
            }
          }
        }
      }
    }
  }
`);
