import { Progress } from 'antd';
import type { ProgressProps } from 'antd';

import type { ImportJobStatus } from '../../gql/graphql';

const PROGRESS_STATUS: Record<ImportJobStatus, ProgressProps['status']> = { RUNNING: 'active', SUCCEEDED: 'success', FAILED: 'exception' };

export interface ImportProgressProps {
  status: ImportJobStatus;
  percent: number;
  size?: ProgressProps['size'];
}

// ImportProgress is how much of the file a job has processed: moving while
// it runs, green when it succeeded, red where it failed.
export function ImportProgress({ status, percent, size }: ImportProgressProps) {
  return <Progress percent={percent} status={PROGRESS_STATUS[status]} size={size} data-testid="import-progress" />;
}
