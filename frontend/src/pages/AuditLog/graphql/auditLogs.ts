import { graphql } from '../../../gql';

export const AUDIT_LOGS = graphql(`
  query AuditLogs($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: AuditLogWhereInput) {
    auditLogs(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: { field: AT, direction: DESC }) {
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
          at
          actorName
          actorRole
          ip
          operation
          action
          entityType
          entityID
          fields
          before
          after
        }
      }
    }
  }
`);
