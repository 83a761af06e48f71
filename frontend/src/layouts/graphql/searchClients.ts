import { graphql } from '../../gql';

// The header's client search: name (characters or pinyin initials),
// client, account, ID or phone number, or a phone's last four digits.
export const SEARCH_CLIENTS = graphql(`
  query SearchClients($query: String!, $first: Int!) {
    searchClients(query: $query, first: $first) {
      totalCount
      edges {
        cursor
        matchedBy
        node {
          id
          name
          clientNo
          status
        }
      }
    }
  }
`);
