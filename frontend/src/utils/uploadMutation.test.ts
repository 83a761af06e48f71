import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { setToken } from '../auth/session';
import { START_IMPORT } from '../pages/Imports/graphql/startImport';
import { errorCode } from './errors';
import { uploadMutation } from './uploadMutation';

const job = {
  __typename: 'ImportJob',
  id: 'j1',
  kind: 'TRADES',
  fileName: 'trades.csv',
  status: 'RUNNING',
  percent: 0,
  linesDone: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  rejected: 0,
  dryRun: false,
  startedAt: '2024-05-01T10:00:00Z',
  finishedAt: null,
};

function answer(status: number, body: unknown) {
  return vi.fn<typeof fetch>().mockResolvedValue(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
}

describe('uploadMutation', () => {
  const file = new File(['trade_no\n1\n'], 'trades.csv', { type: 'text/csv' });
  const variables = { input: { kind: 'TRADES' as const, file } };

  beforeEach(() => localStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('posts a multipart request to /graphql with the bearer token, and returns the data', async () => {
    setToken('tok123');
    const fetchMock = answer(200, { data: { startImport: job } });
    vi.stubGlobal('fetch', fetchMock);
    const data = await uploadMutation(START_IMPORT, variables);
    expect(data.startImport.id).toBe('j1');

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    // The browser sets the multipart content type with its boundary.
    expect(init?.headers).toEqual({ authorization: 'Bearer tok123' });
    const body = init?.body as FormData;
    const operations = JSON.parse(body.get('operations') as string);
    expect(operations.operationName).toBe('StartImport');
    expect(operations.query).toMatch(/mutation StartImport\(\$input: StartImportInput!\)/);
    expect(operations.query).toMatch(/fragment ImportJobRow on ImportJob/);
    expect(operations.variables).toEqual({ input: { kind: 'TRADES', file: null } });
    expect(JSON.parse(body.get('map') as string)).toEqual({ 0: ['variables.input.file'] });
    expect((body.get('0') as File).name).toBe('trades.csv');
  });

  it('sends no authorization header without a session', async () => {
    const fetchMock = answer(200, { data: { startImport: job } });
    vi.stubGlobal('fetch', fetchMock);
    await uploadMutation(START_IMPORT, variables);
    expect(fetchMock.mock.calls[0][1]?.headers).toEqual({});
  });

  it("throws the server's GraphQL errors as Apollo's, with their code", async () => {
    vi.stubGlobal('fetch', answer(200, { errors: [{ message: 'the file is empty', extensions: { code: 'BAD_USER_INPUT' } }], data: null }));
    const err = await uploadMutation(START_IMPORT, variables).catch((e: unknown) => e);
    expect(CombinedGraphQLErrors.is(err)).toBe(true);
    expect(errorCode(err)).toBe('BAD_USER_INPUT');
  });

  it('reads GraphQL errors sent with an error status too', async () => {
    vi.stubGlobal('fetch', answer(422, { errors: [{ message: 'no file', extensions: { code: 'BAD_USER_INPUT' } }] }));
    expect(errorCode(await uploadMutation(START_IMPORT, variables).catch((e: unknown) => e))).toBe('BAD_USER_INPUT');
  });

  it('throws a refused request as a ServerError with its status', async () => {
    vi.stubGlobal('fetch', answer(401, 'unauthorized'));
    const err = await uploadMutation(START_IMPORT, variables).catch((e: unknown) => e);
    expect(ServerError.is(err)).toBe(true);
    expect(errorCode(err)).toBe('UNAUTHENTICATED');
    vi.stubGlobal('fetch', answer(413, 'request body too large'));
    expect(errorCode(await uploadMutation(START_IMPORT, variables).catch((e: unknown) => e))).toBe('INTERNAL');
  });

  it('leaves a request that got no answer as a network error', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch')));
    expect(errorCode(await uploadMutation(START_IMPORT, variables).catch((e: unknown) => e))).toBe('NETWORK');
  });
});
