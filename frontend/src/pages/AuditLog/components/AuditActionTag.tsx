import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { AuditLogAction } from '../../../gql/graphql';

// Failed logins, reads of personal data and exports of client lists stand
// out; routine entries do not.
const COLORS: Record<AuditLogAction, string> = {
  CREATE: 'green',
  UPDATE: 'blue',
  DELETE: 'red',
  READ_PII: 'orange',
  LOGIN: 'cyan',
  LOGIN_FAILED: 'volcano',
  LOGOUT: 'default',
  EXPORT: 'purple',
};

export interface AuditActionTagProps {
  action: AuditLogAction;
}

export function AuditActionTag({ action }: AuditActionTagProps) {
  const { t } = useTranslation();
  return <Tag color={COLORS[action]}>{t(`enums.auditAction.${action}`)}</Tag>;
}
