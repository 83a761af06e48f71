// The catalogue's groups in the order the editor lists them.
export const DIMENSION_GROUPS = [
  'BASIC',
  'BEHAVIOUR',
  'HOLDINGS',
  'PROFITABILITY',
  'FUND_BEHAVIOUR',
  'CONTRIBUTION',
  'RISK',
  'SERVICE',
  'MARGIN',
  'MARKETING',
  'INSTITUTION',
  'CLASSIFICATION',
];

// groupDimensions sorts dimensions into their groups, in DIMENSION_GROUPS'
// order and then any group the list does not know; a group is read in
// capitals whatever case the catalogue gives it. Dimensions keep their
// order within a group.
export function groupDimensions<D extends { group: string }>(dimensions: readonly D[]): { group: string; dimensions: D[] }[] {
  const byGroup = new Map<string, D[]>();
  for (const d of dimensions) {
    const group = d.group.toUpperCase();
    byGroup.set(group, [...(byGroup.get(group) ?? []), d]);
  }
  const known = DIMENSION_GROUPS.filter((g) => byGroup.has(g));
  const others = [...byGroup.keys()].filter((g) => !DIMENSION_GROUPS.includes(g)).sort();
  return [...known, ...others].map((group) => ({ group, dimensions: byGroup.get(group)! }));
}
