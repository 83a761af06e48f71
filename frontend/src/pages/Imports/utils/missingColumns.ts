import type { ImportColumnMapping, ImportColumnsTableFragment } from '../../../gql/graphql';

// missingColumns names the required documented columns a file with this
// header would lack, read as the server reads it (ingest's header): a
// file column is first renamed by the mapping, then matched by name,
// ignoring case and surrounding blanks.
export function missingColumns(
  header: readonly string[],
  columns: ReadonlyArray<Pick<ImportColumnsTableFragment, 'name' | 'required'>>,
  mapping: readonly ImportColumnMapping[],
): string[] {
  const norm = (s: string) => s.trim().toLowerCase();
  const renamed = new Map(mapping.map((m) => [norm(m.from), norm(m.to)]));
  const present = new Set(header.map((name) => renamed.get(norm(name)) ?? norm(name)));
  return columns.filter((c) => c.required && !present.has(norm(c.name))).map((c) => c.name);
}
