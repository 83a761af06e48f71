import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';

import { fieldErrors, parseFieldErrors } from './fieldErrors';

describe('parseFieldErrors', () => {
  it('reads every field a validation error names', () => {
    expect(
      parseFieldErrors(
        'code: "bad code": use 1 to 32 letters, digits, \'.\', \'_\' or \'-\'; managementFeeRate: 150.0000 is not a rate between 0 and 100 percent',
      ),
    ).toEqual([
      { path: ['code'], message: '"bad code": use 1 to 32 letters, digits, \'.\', \'_\' or \'-\'' },
      { path: ['managementFeeRate'], message: '150.0000 is not a rate between 0 and 100 percent' },
    ]);
  });

  it("names a list item's field by its index", () => {
    expect(parseFieldErrors('documents[2]: url: "ftp://x" is not an http(s) address')).toEqual([
      { path: ['documents', 2, 'url'], message: '"ftp://x" is not an http(s) address' },
    ]);
  });

  it('finds no field in a message that names none', () => {
    expect(parseFieldErrors('the product changed meanwhile (version 3, not 2); reload and try again')).toEqual([]);
  });

  it('keeps a "; " inside one field\'s message with that field', () => {
    expect(parseFieldErrors('comment: say why; please')).toEqual([{ path: ['comment'], message: 'say why; please' }]);
  });
});

describe('fieldErrors', () => {
  it('reads the GraphQL errors of a refused mutation, and nothing else', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'saleEnd: the sales window ended on 2024-01-31' }] });
    expect(fieldErrors(error)).toEqual([{ path: ['saleEnd'], message: 'the sales window ended on 2024-01-31' }]);
    expect(fieldErrors(new Error('network'))).toEqual([]);
  });
});
