import { CombinedGraphQLErrors } from '@apollo/client/errors';

// FieldError is one complaint of the server about one input field: its
// path (documents[2]: url: … is ['documents', 2, 'url']) and what it said.
export interface FieldError {
  path: (string | number)[];
  message: string;
}

const FIELD = /^([A-Za-z]\w*)(?:\[(\d+)\])?: ([\s\S]*)$/;

// fieldErrors reads the fields a refused mutation names. The server's
// validation says "field: what is wrong", several joined by "; ", and a
// list item's field as "documents[2]: url: …". A part naming no field
// belongs to the part before it.
export function fieldErrors(error: unknown): FieldError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => parseFieldErrors(e.message));
}

export function parseFieldErrors(message: string): FieldError[] {
  const out: FieldError[] = [];
  for (const part of message.split('; ')) {
    const m = FIELD.exec(part);
    if (!m) {
      if (out.length) out[out.length - 1].message += `; ${part}`;
      continue;
    }
    const [, field, index, rest] = m;
    const path: (string | number)[] = [field];
    let text = rest;
    if (index !== undefined) {
      path.push(Number(index));
      const inner = FIELD.exec(rest);
      if (inner && inner[2] === undefined) {
        path.push(inner[1]);
        text = inner[3];
      }
    }
    out.push({ path, message: text });
  }
  return out;
}
