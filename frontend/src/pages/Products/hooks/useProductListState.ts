import type { OrderDirection, ProductOrderField } from '../../../gql/graphql';
import { useUrlState } from '../../../hooks/useUrlState';
import type { ProductFilters } from '../utils/productWhere';

export interface ProductListOrder {
  field: ProductOrderField;
  direction: OrderDirection;
}

const DEFAULT_ORDER: ProductListOrder = { field: 'CODE', direction: 'ASC' };

// The URL key of each filter; lists are comma-separated.
const KEYS: Record<keyof ProductFilters, string> = {
  search: 'q',
  types: 'type',
  riskLevels: 'risk',
  horizons: 'horizon',
  varieties: 'variety',
  statuses: 'status',
  issuer: 'issuer',
};

// useProductListState keeps the catalogue's search, filters, order and
// page in the URL, so that going back from a product returns to the same
// page and a selection can be sent as a link.
export function useProductListState() {
  const { get, update, cursor, setCursor } = useUrlState();
  const list = <T extends string>(key: string) => (get(key)?.split(',').filter(Boolean) ?? []) as T[];

  const filters: ProductFilters = {
    search: get(KEYS.search) ?? '',
    types: list(KEYS.types),
    riskLevels: list(KEYS.riskLevels),
    horizons: list(KEYS.horizons),
    varieties: list(KEYS.varieties),
    statuses: list(KEYS.statuses),
    issuer: get(KEYS.issuer) ?? '',
  };
  const [field, direction] = (get('sort') ?? '').split('.');
  const order: ProductListOrder = field
    ? { field: field as ProductOrderField, direction: direction === 'DESC' ? 'DESC' : 'ASC' }
    : DEFAULT_ORDER;

  return {
    filters,
    order,
    cursor,
    setFilters: (f: Partial<ProductFilters>) =>
      update(
        Object.fromEntries(
          Object.entries(f).map(([k, v]) => [KEYS[k as keyof ProductFilters], (Array.isArray(v) ? v.join(',') : v?.trim()) || undefined]),
        ),
      ),
    clearFilters: () => update(Object.fromEntries(Object.values(KEYS).map((k) => [k, undefined]))),
    setOrder: (o: ProductListOrder | null) => update({ sort: o ? `${o.field}.${o.direction}` : undefined }),
    setCursor,
  };
}
