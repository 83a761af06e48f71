import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';

import { clearToken, getToken } from './auth/session';
import { possibleTypes } from './gql/possibleTypes';
import { errorCode } from './utils/errors';

// onUnauthenticated is called when the server says the session is over.
export function createApolloClient(onUnauthenticated: () => void): ApolloClient {
  const auth = new SetContextLink((prev) => {
    const token = getToken();
    return { headers: { ...prev.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const errors = new ErrorLink(({ error, operation }) => {
    // A failed login is the login page's business, not an ended session.
    if (operation.operationName === 'Login') return;
    // An unknown, expired or revoked token is refused with HTTP 401 before
    // any resolver runs; a resolver refusing an anonymous call says
    // UNAUTHENTICATED in the GraphQL errors. Both end the session.
    if (errorCode(error) === 'UNAUTHENTICATED') {
      if (getToken()) {
        clearToken();
        onUnauthenticated();
      }
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([errors, auth, new HttpLink({ uri: '/graphql' })]),
    cache: createCache(),
  });
}

// createCache builds the app's cache. Lists paged with CursorPager (the
// client list, the audit log) keep each page its own cache entry. The 360°
// view's histories grow by "load more" instead: their pages are merged
// into one list per filter and order, and fetching them again without a
// cursor (after logging a contact) starts the list afresh. A contribution
// group's id is its branch's or advisor's, whose revenue differs by period:
// groups stay inside the analysis they belong to, never merged by id.
// possibleTypes, generated from the schema, lets fragments on a Node's
// type match.
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes,
    typePolicies: {
      ContributionGroup: { keyFields: false },
      Customer: {
        fields: {
          timeline: relayStylePagination(['kinds']),
          trades: relayStylePagination(['orderBy', 'where']),
          cashFlows: relayStylePagination(['orderBy', 'where']),
          interactions: relayStylePagination(['orderBy', 'where']),
        },
      },
    },
  });
}
