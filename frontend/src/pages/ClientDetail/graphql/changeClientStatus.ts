import { graphql } from '../../../gql';

export const CHANGE_CLIENT_STATUS = graphql(`
  mutation ChangeClientStatus($clientId: ID!, $status: CustomerStatus!, $reason: String!) {
    changeClientStatus(clientId: $clientId, status: $status, reason: $reason) {
      id
      status
    }
  }
`);
