import { useSearchParams } from 'react-router';

import type { CustomerOrderField, CustomerStatus, OrderDirection } from '../../../gql/graphql';
import type { ClientFilters } from '../utils/clientWhere';

export interface ListOrder {
  field: CustomerOrderField;
  direction: OrderDirection;
}

// A page is reached by a cursor: forwards with after, backwards with before.
export interface ListCursor {
  after?: string;
  before?: string;
}

const DEFAULT_ORDER: ListOrder = { field: 'CLIENT_NO', direction: 'ASC' };

// useListState keeps the list's search, filters, order and page in the URL,
// so that going back from a client returns to the same page of the list
// and a list can be shared as a link.
export function useListState() {
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key) ?? undefined;

  const filters: ClientFilters = {
    search: get('q') ?? '',
    status: get('status') as CustomerStatus | undefined,
    branchId: get('branch'),
    advisorId: get('advisor'),
    tagId: get('tag'),
  };
  const [field, direction] = (get('sort') ?? '').split('.');
  const order: ListOrder = field ? { field: field as CustomerOrderField, direction: direction === 'DESC' ? 'DESC' : 'ASC' } : DEFAULT_ORDER;
  const cursor: ListCursor = { after: get('after'), before: get('before') };

  // update writes changes to the URL; any change but paging starts again
  // from the first page.
  function update(changes: Record<string, string | undefined>, keepPage = false) {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (!keepPage) {
        next.delete('after');
        next.delete('before');
      }
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });
  }

  return {
    filters,
    order,
    cursor,
    setFilters: (f: Partial<ClientFilters>) => {
      const keys: Record<keyof ClientFilters, string> = { search: 'q', status: 'status', branchId: 'branch', advisorId: 'advisor', tagId: 'tag' };
      update(Object.fromEntries(Object.entries(f).map(([k, v]) => [keys[k as keyof ClientFilters], v || undefined])));
    },
    setOrder: (o: ListOrder | null) => update({ sort: o ? `${o.field}.${o.direction}` : undefined }),
    setCursor: (c: ListCursor) => update({ after: c.after, before: c.before }, true),
  };
}
