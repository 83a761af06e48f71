import type { ImportJobEncoding, ImportJobFormat } from '../../../gql/graphql';

// The header is looked for in the file's first bytes only.
const HEAD_BYTES = 64 * 1024;

// fileFormat is the format the server assumes when none is given: NDJSON
// by the file name's extension, CSV otherwise.
export function fileFormat(fileName: string, format?: ImportJobFormat): ImportJobFormat {
  if (format) return format;
  return /\.(ndjson|jsonl)$/i.test(fileName) ? 'NDJSON' : 'CSV';
}

// decodeHead decodes the first bytes of a file: in the encoding given, or
// as UTF-8 when they are valid UTF-8 and as GB18030 (a superset of GBK)
// when not. A character cut at the end of the bytes is left out.
export function decodeHead(bytes: Uint8Array, encoding?: ImportJobEncoding): string {
  const decode = (label: string, fatal: boolean) => new TextDecoder(label, { fatal }).decode(bytes, { stream: true });
  if (encoding === 'GB18030') return decode('gb18030', false);
  if (encoding === 'UTF8') return decode('utf-8', false);
  try {
    return decode('utf-8', true);
  } catch {
    return decode('gb18030', false);
  }
}

// headerNames reads the column names from a file's first text: the first
// record of a CSV file (quotes and all), the keys of the first object of
// an NDJSON file. Null when there is none to read.
export function headerNames(text: string, format: ImportJobFormat): string[] | null {
  if (format === 'NDJSON') {
    const line = text.split(/\r?\n/).find((l) => l.trim() !== '');
    if (!line) return null;
    try {
      const value: unknown = JSON.parse(line);
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : null;
    } catch {
      return null;
    }
  }
  return csvFirstRecord(text);
}

// csvFirstRecord splits the first CSV record into its fields (RFC 4180:
// a quoted field may hold commas, line breaks and doubled quotes).
function csvFirstRecord(text: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      break;
    } else {
      field += c;
    }
  }
  if (quoted) return null; // the header runs past the bytes read
  fields.push(field);
  const names = fields.map((f) => f.trim());
  return names.some((n) => n !== '') ? names : null;
}

// readFileHeader reads the column names of a file from its first bytes,
// or null when they cannot be read (the server has the last word).
export async function readFileHeader(file: File, format?: ImportJobFormat, encoding?: ImportJobEncoding): Promise<string[] | null> {
  try {
    const bytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
    return headerNames(decodeHead(bytes, encoding), fileFormat(file.name, format));
  } catch {
    return null;
  }
}
