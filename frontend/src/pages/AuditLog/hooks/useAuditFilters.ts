import type { AuditLogAction } from '../../../gql/graphql';
import { useUrlState } from '../../../hooks/useUrlState';
import type { AuditFilters } from '../utils/auditWhere';

const KEYS: Record<keyof AuditFilters, string> = {
  actor: 'actor',
  action: 'action',
  entityType: 'type',
  entityId: 'entity',
  from: 'from',
  to: 'to',
};

// useAuditFilters keeps the audit log's filters and page in the URL, so a
// finding can be sent to a colleague as a link.
export function useAuditFilters() {
  const { get, update, cursor, setCursor } = useUrlState();
  const filters: AuditFilters = {
    actor: get(KEYS.actor),
    action: get(KEYS.action) as AuditLogAction | undefined,
    entityType: get(KEYS.entityType),
    entityId: get(KEYS.entityId),
    from: get(KEYS.from),
    to: get(KEYS.to),
  };
  return {
    filters,
    cursor,
    setFilters: (f: Partial<AuditFilters>) =>
      update(Object.fromEntries(Object.entries(f).map(([k, v]) => [KEYS[k as keyof AuditFilters], v?.trim() || undefined]))),
    setCursor,
  };
}
