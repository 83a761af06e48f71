import { describe, expect, it } from 'vitest';

import { parseFieldErrors } from '../../../utils/fieldErrors';
import { formErrorsOf } from './formErrors';

describe('formErrorsOf', () => {
  it("places the server's complaints on the fields they name", () => {
    const errors = parseFieldErrors(
      'managementFeeRate: 150.0000 is not a rate between 0 and 100 percent; expectedReturn: give both ends of the range, or neither; documents[1]: url: "x" is not an http(s) address',
    );
    expect(formErrorsOf(errors)).toEqual({
      fields: [
        { name: ['managementFeeRate'], errors: ['150.0000 is not a rate between 0 and 100 percent'] },
        { name: ['expectedReturnMin'], errors: ['give both ends of the range, or neither'] },
        { name: ['expectedReturnMax'], errors: ['give both ends of the range, or neither'] },
        { name: ['documents', 1, 'url'], errors: ['"x" is not an http(s) address'] },
      ],
      unplaced: [],
    });
  });

  it('leaves what names no field of the form to be shown above it', () => {
    const errors = parseFieldErrors('documents: at most 50; SUBMIT: the product is IN_REVIEW');
    expect(formErrorsOf(errors).fields).toEqual([]);
    expect(formErrorsOf(errors).unplaced.map((e) => e.path[0])).toEqual(['documents', 'SUBMIT']);
  });
});
