// MultipartOperation is a GraphQL request as the multipart spec's
// "operations" field holds it.
export interface MultipartOperation {
  query: string;
  operationName?: string;
  variables: Record<string, unknown>;
}

// multipartBody builds a GraphQL multipart request
// (github.com/jaydenseric/graphql-multipart-request-spec): the field
// "operations" is the request with every File in its variables replaced by
// null, "map" says where each file goes ({"0": ["variables.input.file"]}),
// and the files follow as fields "0", "1", …, after both, as the spec
// requires. A file used at several paths is sent once.
export function multipartBody(operation: MultipartOperation): FormData {
  const files = new Map<File, string[]>();
  const variables = extract(operation.variables, 'variables', files) as Record<string, unknown>;
  const body = new FormData();
  body.append('operations', JSON.stringify({ ...operation, variables }));
  const entries = [...files.entries()];
  body.append('map', JSON.stringify(Object.fromEntries(entries.map(([, paths], i) => [String(i), paths]))));
  entries.forEach(([file], i) => body.append(String(i), file, file.name));
  return body;
}

// extract copies value with its files replaced by null, noting the path of
// each file in files.
function extract(value: unknown, path: string, files: Map<File, string[]>): unknown {
  if (value instanceof File) {
    files.set(value, [...(files.get(value) ?? []), path]);
    return null;
  }
  if (Array.isArray(value)) return value.map((v, i) => extract(v, `${path}.${i}`, files));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, extract(v, `${path}.${k}`, files)]));
  }
  return value;
}
