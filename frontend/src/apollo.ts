import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';

import { clearToken, getToken } from './auth/session';
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
    // Pages are fetched by cursor with first/after or last/before, each
    // its own cache entry: the list pages forwards and backwards.
    cache: new InMemoryCache(),
  });
}
