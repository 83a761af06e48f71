import { graphql } from '../../../gql';

// A page of the suitability records (matching opinions and confirmations).
export const SUITABILITY_RECORDS = graphql(`
  query SuitabilityRecords(
    $first: Int
    $after: Cursor
    $last: Int
    $before: Cursor
    $where: SuitabilityRecordWhereInput
    $orderBy: SuitabilityRecordOrder
  ) {
    suitabilityRecords(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          kind
          outcome
          reasons
          warningZh
          warningEn
          amount
          channel
          actorName
          at
          client {
            id
            name
            clientNo
          }
          product {
            id
            code
            name
            riskLevel
          }
          order {
            id
            status
          }
        }
      }
    }
  }
`);
