import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ImportJobStatus } from '../../gql/graphql';

const STATUS_COLORS: Record<ImportJobStatus, string> = { RUNNING: 'processing', SUCCEEDED: 'success', FAILED: 'error' };

export interface ImportStatusTagProps {
  status: ImportJobStatus;
}

// ImportStatusTag shows whether an import job runs, succeeded or failed.
export function ImportStatusTag({ status }: ImportStatusTagProps) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="import-status">
      {t(`enums.importJobStatus.${status}`)}
    </Tag>
  );
}
