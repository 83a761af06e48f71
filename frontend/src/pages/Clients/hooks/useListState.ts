import type { CustomerOrderField, CustomerStatus, OrderDirection } from '../../../gql/graphql';
import { useUrlState } from '../../../hooks/useUrlState';
import type { ClientFilters } from '../utils/clientWhere';

export interface ListOrder {
  field: CustomerOrderField;
  direction: OrderDirection;
}

const DEFAULT_ORDER: ListOrder = { field: 'CLIENT_NO', direction: 'ASC' };
const FILTER_KEYS: Record<keyof ClientFilters, string> = { search: 'q', status: 'status', branchId: 'branch', advisorId: 'advisor', tagId: 'tag' };

// useListState keeps the client list's search, filters, saved segment,
// order and page in the URL, so that going back from a client returns to
// the same page.
export function useListState() {
  const { get, update, cursor, setCursor } = useUrlState();

  const filters: ClientFilters = {
    search: get('q') ?? '',
    status: get('status') as CustomerStatus | undefined,
    branchId: get('branch'),
    advisorId: get('advisor'),
    tagId: get('tag'),
  };
  const [field, direction] = (get('sort') ?? '').split('.');
  const order: ListOrder = field ? { field: field as CustomerOrderField, direction: direction === 'DESC' ? 'DESC' : 'ASC' } : DEFAULT_ORDER;

  return {
    filters,
    // A saved segment whose members the list shows instead of the filtered clients.
    segmentId: get('segment'),
    setSegmentId: (id?: string) => update({ segment: id }),
    order,
    cursor,
    setFilters: (f: Partial<ClientFilters>) =>
      update(Object.fromEntries(Object.entries(f).map(([k, v]) => [FILTER_KEYS[k as keyof ClientFilters], v || undefined]))),
    setOrder: (o: ListOrder | null) => update({ sort: o ? `${o.field}.${o.direction}` : undefined }),
    setCursor,
  };
}
