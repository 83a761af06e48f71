import { graphql } from '../../gql';

export const CANCEL_ORDER = graphql(`
  mutation CancelOrder($orderId: ID!) {
    cancelOrder(orderId: $orderId) {
      ...OrderCard
    }
  }
`);
