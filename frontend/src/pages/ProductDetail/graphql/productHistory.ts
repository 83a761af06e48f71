import { graphql } from '../../../gql';

// The product's versions, newest first: each change, lifecycle move and
// its comment, and the fields it changed.
export const PRODUCT_HISTORY = graphql(`
  query ProductHistory($id: ID!) {
    node(id: $id) {
      ... on Product {
        id
        versions(first: 200, orderBy: { field: VERSION, direction: DESC }) {
          totalCount
          edges {
            node {
              id
              version
              action
              status
              actorName
              comment
              at
              changes {
                field
                from
                to
              }
            }
          }
        }
      }
    }
  }
`);
