import { describe, expect, it } from 'vitest';

import { multipartBody } from './multipartBody';

const file = (name: string, text = 'a,b\n1,2\n') => new File([text], name, { type: 'text/csv' });

describe('multipartBody', () => {
  it('sends the operation with the file as null, the map, then the file as field 0', async () => {
    const trades = file('trades.csv');
    const body = multipartBody({
      query: 'mutation StartImport($input: StartImportInput!) { startImport(input: $input) { id } }',
      operationName: 'StartImport',
      variables: { input: { kind: 'TRADES', file: trades, dryRun: true } },
    });
    expect([...body.keys()]).toEqual(['operations', 'map', '0']);
    expect(JSON.parse(body.get('operations') as string)).toEqual({
      query: 'mutation StartImport($input: StartImportInput!) { startImport(input: $input) { id } }',
      operationName: 'StartImport',
      variables: { input: { kind: 'TRADES', file: null, dryRun: true } },
    });
    expect(JSON.parse(body.get('map') as string)).toEqual({ 0: ['variables.input.file'] });
    const sent = body.get('0') as File;
    expect(sent.name).toBe('trades.csv');
    expect(await sent.text()).toBe('a,b\n1,2\n');
  });

  it('numbers several files in order, sends a file used twice once, and leaves other values alone', () => {
    const a = file('a.csv');
    const b = file('b.csv');
    const body = multipartBody({
      query: 'mutation M($files: [Upload!]!, $again: Upload, $n: Int) { m }',
      variables: { files: [a, b], again: a, n: 0, none: null, list: [{ x: 'y' }] },
    });
    expect(JSON.parse(body.get('operations') as string).variables).toEqual({ files: [null, null], again: null, n: 0, none: null, list: [{ x: 'y' }] });
    expect(JSON.parse(body.get('map') as string)).toEqual({ 0: ['variables.files.0', 'variables.again'], 1: ['variables.files.1'] });
    expect((body.get('0') as File).name).toBe('a.csv');
    expect((body.get('1') as File).name).toBe('b.csv');
    expect(body.get('2')).toBeNull();
  });

  it('sends an empty map when there is no file', () => {
    const body = multipartBody({ query: '{ viewer { id } }', variables: {} });
    expect(JSON.parse(body.get('map') as string)).toEqual({});
  });
});
