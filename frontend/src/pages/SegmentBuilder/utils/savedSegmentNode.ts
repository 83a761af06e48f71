// savedSegmentNode narrows the answer of node(id:) to the fields a query
// asked of a SavedSegment: a node of any other type comes back as an
// empty object, and a segment the viewer may not see as null.
export function savedSegmentNode<N extends { id: string }>(node: N | Record<PropertyKey, never> | null | undefined): N | null {
  return node && 'id' in node ? (node as N) : null;
}
