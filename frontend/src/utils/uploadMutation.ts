import type { TypedDocumentNode } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { getOperationAST, print, type FormattedExecutionResult } from 'graphql';

import { getToken } from '../auth/session';
import { multipartBody } from './multipartBody';

// uploadMutation sends a mutation whose variables hold files (the Upload
// scalar) as a GraphQL multipart request to /graphql, with the bearer
// token the Apollo client sends. Apollo's HttpLink only sends JSON; this is
// the one request that does not go through it. Failures are thrown as
// Apollo's would be, so errorCode and ErrorAlert read them alike: the
// server's GraphQL errors as CombinedGraphQLErrors, a refused request
// (401, 413, …) or an answer that is not GraphQL as a ServerError, no
// answer at all as fetch's own error.
export async function uploadMutation<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TData> {
  const token = getToken();
  const response = await fetch('/graphql', {
    method: 'POST',
    // No content-type: the browser sets multipart/form-data with its boundary.
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: multipartBody({ query: print(document), operationName: getOperationAST(document)?.name?.value, variables }),
    signal,
  });
  const bodyText = await response.text();
  const result = parse(bodyText);
  if (result?.errors?.length) throw new CombinedGraphQLErrors(result);
  if (!response.ok || !result?.data) {
    throw new ServerError(`Response not successful: Received status code ${response.status}`, { response, bodyText });
  }
  return result.data as TData;
}

function parse(text: string): FormattedExecutionResult | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as FormattedExecutionResult) : null;
  } catch {
    return null;
  }
}
