import type { CustomerStatus, CustomerWhereInput } from '../../../gql/graphql';

export interface ClientFilters {
  search: string;
  status?: CustomerStatus;
  branchId?: string;
  advisorId?: string;
  tagId?: string;
}

// clientWhere turns the list's search box and filters into the API's
// filter. The search box matches a name (part of it, any case), or exactly
// a client number, phone number or ID number; four digits match the end of
// a phone number.
export function clientWhere(f: ClientFilters): CustomerWhereInput {
  const and: CustomerWhereInput[] = [];
  const q = f.search.trim();
  if (q) {
    const any: CustomerWhereInput[] = [{ nameContainsFold: q }, { clientNo: q }, { phone: q }, { idNumber: q.toUpperCase() }];
    if (/^\d{4}$/.test(q)) any.push({ phoneHasSuffix: q });
    and.push({ or: any });
  }
  if (f.status) and.push({ status: f.status });
  if (f.branchId) and.push({ branchID: f.branchId });
  if (f.advisorId) and.push({ advisorID: f.advisorId });
  if (f.tagId) and.push({ hasTagsWith: [{ id: f.tagId }] });
  return { and };
}
