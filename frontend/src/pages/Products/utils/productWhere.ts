import type { Horizon, ProductOrderField, ProductStatus, ProductType, ProductWhereInput, RiskLevel, Variety } from '../../../gql/graphql';
import { productSearch } from '../../../products/utils/productSearch';

export interface ProductFilters {
  search: string;
  types: ProductType[];
  riskLevels: RiskLevel[];
  horizons: Horizon[];
  varieties: Variety[];
  statuses: ProductStatus[];
  issuer: string;
}

export const NO_FILTERS: ProductFilters = { search: '', types: [], riskLevels: [], horizons: [], varieties: [], statuses: [], issuer: '' };

// productWhere turns the catalogue's search box (productSearch) and
// filters into the API's filter, all applied by the server.
//
// scope PUBLISHED (advisors, clients) lists what is on sale whatever the
// status filter says. Ordered by one-year return, products without one
// are left out: the server cannot page past a product with none in that
// order (a cursor holds no null).
export function productWhere(f: ProductFilters, scope: 'ALL' | 'PUBLISHED', orderField?: ProductOrderField): ProductWhereInput {
  const and: ProductWhereInput[] = [];
  const search = productSearch(f.search);
  if (search) and.push(search);
  if (f.types.length) and.push({ typeIn: f.types });
  if (f.riskLevels.length) and.push({ riskLevelIn: f.riskLevels });
  if (f.horizons.length) and.push({ horizonIn: f.horizons });
  if (f.varieties.length) and.push({ varietyIn: f.varieties });
  if (scope === 'PUBLISHED') and.push({ status: 'PUBLISHED' });
  else if (f.statuses.length) and.push({ statusIn: f.statuses });
  const issuer = f.issuer.trim();
  if (issuer) and.push({ issuerContains: issuer });
  if (orderField === 'RETURN_1Y') and.push({ return1yNotNil: true });
  return { and };
}
