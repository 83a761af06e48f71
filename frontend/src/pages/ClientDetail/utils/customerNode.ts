// customerNode narrows the answer of node(id:) to the fields a query asked
// of a Customer: a node of any other type comes back as an empty object,
// and a client the viewer may not see as null.
export function customerNode<N extends { id: string }>(node: N | Record<PropertyKey, never> | null | undefined): N | null {
  return node && 'id' in node ? (node as N) : null;
}

// CustomerNode is the Customer part of a node(id:) query's answer.
export type CustomerNode<Q extends { node: unknown }> = Extract<NonNullable<Q['node']>, { id: string }>;
