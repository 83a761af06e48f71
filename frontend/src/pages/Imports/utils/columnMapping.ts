import type { ImportColumnMapping } from '../../../gql/graphql';

// MappingRow is a row of the mapping editor: the file's column and the
// documented column it is read as, either still empty.
export interface MappingRow {
  from?: string;
  to?: string;
}

// columnMapping is the editor's rows as startImport's mapping: names
// trimmed, rows left wholly empty dropped.
export function columnMapping(rows: ReadonlyArray<MappingRow | undefined> | undefined): ImportColumnMapping[] {
  return (rows ?? []).flatMap((row) => {
    const from = row?.from?.trim() ?? '';
    const to = row?.to?.trim() ?? '';
    return from || to ? [{ from, to }] : [];
  });
}

// MappingDuplicate names a file column mapped twice, or a documented
// column mapped to twice.
export type MappingDuplicate = { side: 'from' | 'to'; name: string };

// mappingDuplicate finds the first name used twice on either side. The
// server compares names ignoring case and surrounding blanks, and so does
// this.
export function mappingDuplicate(rows: ReadonlyArray<MappingRow | undefined> | undefined): MappingDuplicate | null {
  const mapping = columnMapping(rows);
  for (const side of ['from', 'to'] as const) {
    const seen = new Set<string>();
    for (const m of mapping) {
      const key = m[side].toLowerCase();
      if (!key) continue;
      if (seen.has(key)) return { side, name: m[side] };
      seen.add(key);
    }
  }
  return null;
}
