import type { ApolloCache } from '@apollo/client';

// evictProductLists drops what a change to a product makes stale: every
// product list (a status or version changed, or a new product) and the
// product's history. Lists on screen are fetched again.
export function evictProductLists(cache: ApolloCache, productId?: string): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'products' });
  if (productId) cache.evict({ id: cache.identify({ __typename: 'Product', id: productId }), fieldName: 'versions' });
  cache.gc();
}
