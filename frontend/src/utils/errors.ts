import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

const CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL'] as const;
type Code = (typeof CODES)[number];

// errorCode reads extensions.code of the first GraphQL error, or the HTTP
// status when the server refused the whole request (401 for an unknown,
// expired or revoked token). Only a request that got no answer is NETWORK.
export function errorCode(error: unknown): Code | 'NETWORK' {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    if (typeof code === 'string' && (CODES as readonly string[]).includes(code)) return code as Code;
    return 'INTERNAL';
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return 'UNAUTHENTICATED';
    if (error.statusCode === 403) return 'FORBIDDEN';
    return 'INTERNAL';
  }
  return 'NETWORK';
}

// errorMessage is the translated message to show for an error.
export function errorMessage(t: TFunction, error: unknown): string {
  const code = errorCode(error);
  const message = CombinedGraphQLErrors.is(error) ? (error.errors[0]?.message ?? '') : '';
  return t(`errors.${code}`, { message });
}

// serverMessage is what the server said of the first GraphQL error, for the
// errors whose words are meant for the user (a sale's conflict, a limit).
export function serverMessage(error: unknown): string {
  return CombinedGraphQLErrors.is(error) ? (error.errors[0]?.message ?? '') : '';
}
