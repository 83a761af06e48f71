// Connection is the part of a Relay connection that nodes reads.
export interface Connection<N> {
  edges?: ReadonlyArray<{ node?: N | null } | null> | null;
}

// nodes returns the nodes of a connection's edges, skipping null ones
// (a node the viewer may not see is null).
export function nodes<N>(connection: Connection<N> | null | undefined): N[] {
  return (connection?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
}

// NodeOf is the type of a connection's nodes.
export type NodeOf<C> = NonNullable<C> extends Connection<infer N> ? N : never;
