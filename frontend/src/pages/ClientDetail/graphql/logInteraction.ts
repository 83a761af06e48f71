import { graphql } from '../../../gql';

export const LOG_INTERACTION = graphql(`
  mutation LogInteraction($input: LogInteractionInput!) {
    logInteraction(input: $input) {
      id
      occurredAt
    }
  }
`);
