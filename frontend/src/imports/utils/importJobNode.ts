// importJobNode narrows the answer of node(id:) to the fields a query
// asked of an ImportJob: a node of any other type comes back as an empty
// object, and a job the viewer may not see as null.
export function importJobNode<N extends { id: string }>(node: N | Record<PropertyKey, never> | null | undefined): N | null {
  return node && 'id' in node ? (node as N) : null;
}

// ImportJobNode is the ImportJob part of a node(id:) query's answer.
export type ImportJobNode<Q extends { node?: unknown }> = Extract<NonNullable<Q['node']>, { id: string }>;
