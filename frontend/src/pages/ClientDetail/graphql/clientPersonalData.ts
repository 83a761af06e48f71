import { graphql } from '../../../gql';

// The client's personal data, as the server lets this viewer see it.
export const CLIENT_PERSONAL_DATA = graphql(`
  fragment ClientPersonalData on Customer {
    idNumber
    phone
    email
    address
    piiVisible
  }
`);
