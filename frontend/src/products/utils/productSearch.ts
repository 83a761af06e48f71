import type { ProductWhereInput } from '../../gql/graphql';

// productSearch is the filter of a product search box, or null for an
// empty one. It finds a name by any part of it, a code by its start (as
// typed or in capitals: codes are mostly capitals) and, for Latin
// letters, a name by the start of its pinyin initials ("zs" for 招商…).
export function productSearch(text: string): ProductWhereInput | null {
  const q = text.trim();
  if (!q) return null;
  const or: ProductWhereInput[] = [{ nameContainsFold: q }, { codeHasPrefix: q }];
  if (q.toUpperCase() !== q) or.push({ codeHasPrefix: q.toUpperCase() });
  if (/^[A-Za-z]+$/.test(q)) or.push({ nameInitialsHasPrefix: q.toLowerCase() });
  return { or };
}
