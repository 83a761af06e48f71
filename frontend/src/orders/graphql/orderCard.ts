import { graphql } from '../../gql';

// What the placed order shows: its status and, for a high-risk sale, the
// end of its cooling-off period.
export const ORDER_CARD = graphql(`
  fragment OrderCard on SalesOrder {
    id
    status
    amount
    coolingOffUntil
    followUpCall
  }
`);
