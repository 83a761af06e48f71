import { graphql } from '../../../gql';

// A product under review: who it is, where it stands, and its versions,
// newest first, from which the changes to review are drawn.
export const PRODUCT_REVIEW = graphql(`
  query ProductReview($id: ID!) {
    node(id: $id) {
      ... on Product {
        id
        code
        name
        type
        riskLevel
        status
        version
        issuer
        submittedAt
        submittedBy {
          id
          displayName
        }
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
