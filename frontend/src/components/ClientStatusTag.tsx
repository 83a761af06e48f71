import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { CustomerStatus } from '../gql/graphql';

const STATUS_COLORS: Record<CustomerStatus, string> = {
  NORMAL: 'green',
  FROZEN: 'blue',
  REPORTED_LOST: 'orange',
  CLOSED: 'default',
  POTENTIAL: 'purple',
};

export interface ClientStatusTagProps {
  status: CustomerStatus;
}

// ClientStatusTag shows a client's status in its colour, wherever clients are listed or shown.
export function ClientStatusTag({ status }: ClientStatusTagProps) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]}>
      {t(`enums.status.${status}`)}
    </Tag>
  );
}
