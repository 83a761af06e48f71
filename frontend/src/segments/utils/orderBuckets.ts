// orderBuckets puts buckets in the order of their values (a scheme's
// classes, an enum's values), any value not listed after them by count,
// and the clients with no value last.
export function orderBuckets<B extends { value: string | null; count: number }>(buckets: readonly B[], order: readonly string[]): B[] {
  const rank = (b: B) => (b.value === null ? order.length + 1 : order.includes(b.value) ? order.indexOf(b.value) : order.length);
  return [...buckets].sort((a, b) => rank(a) - rank(b) || b.count - a.count);
}
