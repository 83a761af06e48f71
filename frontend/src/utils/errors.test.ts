import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';

import { errorCode } from './errors';

const serverError = (status: number) =>
  new ServerError('refused', { response: new Response('{}', { status }), bodyText: '{}' });

describe('errorCode', () => {
  it('reads extensions.code', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] });
    expect(errorCode(error)).toBe('FORBIDDEN');
  });
  it('takes HTTP 401 (unknown, expired or revoked token) as UNAUTHENTICATED', () => {
    expect(errorCode(serverError(401))).toBe('UNAUTHENTICATED');
  });
  it('takes other HTTP errors as INTERNAL, not as a network failure', () => {
    expect(errorCode(serverError(502))).toBe('INTERNAL');
  });
  it('takes a failed fetch as NETWORK', () => {
    expect(errorCode(new TypeError('Failed to fetch'))).toBe('NETWORK');
  });
});
