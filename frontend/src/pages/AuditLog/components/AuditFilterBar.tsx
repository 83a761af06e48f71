import { DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import type { AuditLogAction } from '../../../gql/graphql';
import type { AuditFilters } from '../utils/auditWhere';

export const AUDIT_ACTIONS: AuditLogAction[] = ['CREATE', 'UPDATE', 'DELETE', 'READ_PII', 'LOGIN', 'LOGIN_FAILED', 'LOGOUT', 'EXPORT'];

export interface AuditFilterBarProps {
  filters: AuditFilters;
  onChange: (changes: Partial<AuditFilters>) => void;
}

// AuditFilterBar is the row of the audit log's filters. Text filters apply
// on Enter (or clearing), not on every key, to spare the server.
export function AuditFilterBar({ filters, onChange }: AuditFilterBarProps) {
  const { t } = useTranslation();
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        placeholder={t('pages.auditLog.actor')}
        style={{ width: 180 }}
        defaultValue={filters.actor}
        onSearch={(actor) => onChange({ actor })}
        data-testid="audit-actor"
      />
      <Select
        allowClear
        placeholder={t('pages.auditLog.action')}
        style={{ width: 160 }}
        options={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`enums.auditAction.${a}`) }))}
        value={filters.action}
        onChange={(action?: AuditLogAction) => onChange({ action })}
        data-testid="audit-action"
      />
      <Input.Search
        allowClear
        placeholder={t('pages.auditLog.entityType')}
        style={{ width: 160 }}
        defaultValue={filters.entityType}
        onSearch={(entityType) => onChange({ entityType })}
      />
      <Input.Search
        allowClear
        placeholder={t('pages.auditLog.entityId')}
        style={{ width: 140 }}
        defaultValue={filters.entityId}
        onSearch={(entityId) => onChange({ entityId })}
      />
      <DatePicker.RangePicker
        value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
        onChange={(range) =>
          onChange({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
        }
      />
    </Space>
  );
}
