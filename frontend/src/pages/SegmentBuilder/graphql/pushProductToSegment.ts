import { graphql } from '../../../gql';

export const PUSH_PRODUCT_TO_SEGMENT = graphql(`
  mutation PushProductToSegment($segmentId: ID!, $productId: ID!, $channel: PushChannel!, $message: String) {
    pushProductToSegment(segmentId: $segmentId, productId: $productId, channel: $channel, message: $message) {
      pushed
      unsuitable
    }
  }
`);
