import type { CustomerStatus, CustomerWhereInput } from '../../../gql/graphql';

export interface ClientFilters {
  search: string;
  status?: CustomerStatus;
  branchId?: string;
  advisorId?: string;
  tagId?: string;
}

// clientWhere turns the list's search box and filters into the API's
// filter. The search box matches a name (part of it, any case) or exactly
// a client number. Phone and ID numbers are personal data the API neither
// returns unmasked nor filters by, so they are not searched.
export function clientWhere(f: ClientFilters): CustomerWhereInput {
  const and: CustomerWhereInput[] = [];
  const q = f.search.trim();
  if (q) and.push({ or: [{ nameContainsFold: q }, { clientNo: q }] });
  if (f.status) and.push({ status: f.status });
  if (f.branchId) and.push({ branchID: f.branchId });
  if (f.advisorId) and.push({ advisorID: f.advisorId });
  if (f.tagId) and.push({ hasTagsWith: [{ id: f.tagId }] });
  return { and };
}
