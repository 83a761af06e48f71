import { PRODUCT_FIELDS } from '../../../products/utils/productFields';
import type { FieldError } from '../../../utils/fieldErrors';

export interface FormFieldError {
  name: (string | number)[];
  errors: string[];
}

const DOCUMENT_FIELDS = ['title', 'kind', 'url', 'version'];

// formErrorsOf places the server's complaints on the editor's fields: a
// field of ProductInput on itself, the expected return range on both its
// ends, a document's field on that document's input. What names no field
// of the form is left to be shown above it.
export function formErrorsOf(errors: FieldError[]): { fields: FormFieldError[]; unplaced: FieldError[] } {
  const fields: FormFieldError[] = [];
  const unplaced: FieldError[] = [];
  for (const e of errors) {
    const [field, index, sub] = e.path;
    if (field === 'expectedReturn') {
      fields.push({ name: ['expectedReturnMin'], errors: [e.message] }, { name: ['expectedReturnMax'], errors: [e.message] });
    } else if (field === 'documents' && typeof index === 'number' && typeof sub === 'string' && DOCUMENT_FIELDS.includes(sub)) {
      fields.push({ name: ['documents', index, sub], errors: [e.message] });
    } else if (field !== 'documents' && typeof field === 'string' && (PRODUCT_FIELDS as string[]).includes(field) && index === undefined) {
      fields.push({ name: [field], errors: [e.message] });
    } else {
      unplaced.push(e);
    }
  }
  return { fields, unplaced };
}
