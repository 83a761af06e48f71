import { useQuery } from '@apollo/client/react';
import { Button, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { usePollWhile } from '../../hooks/usePollWhile';
import { importJobNode } from '../../imports/utils/importJobNode';
import { IMPORT_POLL_MS } from '../../imports/utils/importPolling';
import { errorCode } from '../../utils/errors';
import { ImportJobSummary } from './components/ImportJobSummary';
import { ImportRejectionTable } from './components/ImportRejectionTable';
import { IMPORT_JOB } from './graphql/importJob';

// ImportJobPage is one import job: its summary, kept up to date while it
// runs, and the rows it rejected.
export function ImportJobPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(IMPORT_JOB, { variables: { id } });
  const job = importJobNode(query.data?.node);
  usePollWhile(job?.status === 'RUNNING', query, IMPORT_POLL_MS);
  const back = (
    <Link to="/imports">
      <Button>{t('pages.importJob.back')}</Button>
    </Link>
  );
  if (query.loading && !query.data) return <PageLoading />;
  // A job the viewer may not see is reported exactly like a missing one.
  if (!job && (!query.error || errorCode(query.error) === 'NOT_FOUND')) {
    return <Result status="404" title={t('pages.importJob.notFound')} extra={back} data-testid="import-not-found" />;
  }
  if (!job) return <ErrorAlert error={query.error} />;

  return (
    <Space vertical size="large" style={{ width: '100%' }}>
      {back}
      {query.error && <ErrorAlert error={query.error} />}
      <ImportJobSummary job={job} />
      <ImportRejectionTable jobId={job.id} running={job.status === 'RUNNING'} />
    </Space>
  );
}
