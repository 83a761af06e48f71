import { graphql } from '../../gql';

// One call of the order flow: placed, refused, or waiting for the
// investor's confirmation of the warning.
export const PLACE_ORDER = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      outcome
      reasons
      warning {
        zh
        en
      }
      confirmationToken
      confirmationExpiresAt
      record {
        id
      }
      order {
        ...OrderCard
      }
    }
  }
`);
