import dayjs from 'dayjs';

import type { AuditLogAction, AuditLogWhereInput } from '../../../gql/graphql';

export interface AuditFilters {
  actor?: string;
  action?: AuditLogAction;
  entityType?: string;
  entityId?: string;
  // The first and the last day of the range, YYYY-MM-DD, both included.
  from?: string;
  to?: string;
}

// auditWhere turns the audit log's filters into the API's filter. Days are
// the viewer's local days: the range runs from the start of the first day
// up to, not including, the start of the day after the last.
export function auditWhere(f: AuditFilters): AuditLogWhereInput {
  const and: AuditLogWhereInput[] = [];
  const actor = f.actor?.trim();
  if (actor) and.push({ actorNameContainsFold: actor });
  if (f.action) and.push({ action: f.action });
  const entityType = f.entityType?.trim();
  if (entityType) and.push({ entityTypeEqualFold: entityType });
  const entityId = f.entityId?.trim();
  if (entityId) and.push({ entityID: entityId });
  if (f.from) and.push({ atGTE: dayjs(f.from).startOf('day').format() });
  if (f.to) and.push({ atLT: dayjs(f.to).add(1, 'day').startOf('day').format() });
  return { and };
}
