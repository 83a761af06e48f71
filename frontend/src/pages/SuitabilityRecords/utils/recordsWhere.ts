import type { SuitabilityOutcome, SuitabilityRecordKind, SuitabilityRecordWhereInput } from '../../../gql/graphql';

export interface RecordFilters {
  outcome?: SuitabilityOutcome;
  kind?: SuitabilityRecordKind;
}

// recordsWhere is the server filter of the chosen outcome and kind.
export function recordsWhere(filters: RecordFilters): SuitabilityRecordWhereInput | undefined {
  const where: SuitabilityRecordWhereInput = {};
  if (filters.outcome) where.outcome = filters.outcome;
  if (filters.kind) where.kind = filters.kind;
  return Object.keys(where).length ? where : undefined;
}
