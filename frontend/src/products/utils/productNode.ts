// productNode narrows the answer of node(id:) to the fields a query asked
// of a Product: a node of any other type comes back as an empty object,
// and a product the viewer may not see as null.
export function productNode<N extends { id: string }>(node: N | Record<PropertyKey, never> | null | undefined): N | null {
  return node && 'id' in node ? (node as N) : null;
}

// ProductNode is the Product part of a node(id:) query's answer.
export type ProductNode<Q extends { node?: unknown }> = Extract<NonNullable<Q['node']>, { id: string }>;
