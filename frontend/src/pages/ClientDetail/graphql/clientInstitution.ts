import { graphql } from '../../../gql';

// An institution's organisation data, contact persons and indicators.
export const CLIENT_INSTITUTION = graphql(`
  query ClientInstitution($id: ID!) {
    node(id: $id) {
      ... on Customer {
        id
        organization {
          id
          creditCode
          industry
          registeredCapital
          legalRepresentative
        }
        contacts(first: 50, orderBy: { field: NAME }) {
          edges {
            node {
              id
              name
              title
              primary
              phone
              email
            }
          }
        }
        ...InstitutionIndicators
      }
    }
  }
`);
