import type { ApolloCache } from '@apollo/client';

// evictClientFields drops fields of a client from the cache after a
// mutation changed what they hold (the timeline after a contact is logged,
// say). An open tab showing one fetches it again from its first page; a
// tab not yet opened fetches it fresh when opened.
export function evictClientFields(cache: ApolloCache, clientId: string, fields: string[]): void {
  const id = cache.identify({ __typename: 'Customer', id: clientId });
  for (const fieldName of fields) cache.evict({ id, fieldName });
  cache.gc();
}
