import type { ProductAction } from '../../../gql/graphql';
import type { ProductChange } from '../../../products/components/ProductChanges';

export interface VersionLike {
  version: number;
  action: ProductAction;
  changes?: readonly ProductChange[] | null;
}

export interface PendingChanges<V extends VersionLike> {
  // The version compliance last approved; null for a product never approved.
  approvedVersion: number | null;
  // The versions since, oldest first.
  versions: V[];
  // Each field changed since, from its value then to its value now; a
  // field changed and changed back is left out.
  changes: ProductChange[];
}

// pendingChanges is what a reviewer approves: the changes of every version
// since the last approval (all of them for a new product), folded into one
// change per field.
export function pendingChanges<V extends VersionLike>(versions: readonly V[]): PendingChanges<V> {
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  let approved = -1;
  ordered.forEach((v, i) => {
    if (v.action === 'APPROVE') approved = i;
  });
  const since = ordered.slice(approved + 1);
  const folded = new Map<string, ProductChange>();
  for (const v of since) {
    for (const c of v.changes ?? []) {
      const before = folded.get(c.field);
      folded.set(c.field, { field: c.field, from: before ? before.from : c.from, to: c.to });
    }
  }
  return {
    approvedVersion: approved >= 0 ? ordered[approved].version : null,
    versions: since,
    changes: [...folded.values()].filter((c) => c.from !== c.to),
  };
}
