import type { UploadFile } from 'antd';

import type { ImportJobEncoding, ImportJobFormat, ImportJobKind, StartImportInput } from '../../../gql/graphql';
import { columnMapping, type MappingRow } from './columnMapping';

// StartImportFormValues is what the new-import form holds; '' is "let the
// server decide" for the format and the encoding.
export interface StartImportFormValues {
  kind?: ImportJobKind;
  files?: UploadFile[];
  format?: ImportJobFormat | '';
  encoding?: ImportJobEncoding | '';
  dryRun?: boolean;
  mapping?: MappingRow[];
}

// startImportInput turns the form into startImport's input, or null
// without a kind or a file. Options left at their default are left out,
// so the server's defaults (format by file name, detected encoding, a real
// run, columns by name) apply.
export function startImportInput(v: StartImportFormValues): StartImportInput | null {
  const file = v.files?.[0]?.originFileObj;
  if (!v.kind || !file) return null;
  const mapping = columnMapping(v.mapping);
  return {
    kind: v.kind,
    file,
    ...(v.format ? { format: v.format } : {}),
    ...(v.encoding ? { encoding: v.encoding } : {}),
    ...(v.dryRun ? { dryRun: true } : {}),
    ...(mapping.length ? { mapping } : {}),
  };
}
