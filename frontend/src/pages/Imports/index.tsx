import { useQuery } from '@apollo/client/react';
import { App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePollWhile } from '../../hooks/usePollWhile';
import { useUrlState } from '../../hooks/useUrlState';
import { anyRunning, IMPORT_POLL_MS } from '../../imports/utils/importPolling';
import { nodes } from '../../utils/nodes';
import { ImportJobTable } from './components/ImportJobTable';
import { StartImportModal } from './components/StartImportModal';
import { IMPORT_JOBS } from './graphql/importJobs';

const PAGE_SIZE = 20;

// ImportsPage is head office's list of bulk imports from the core
// systems, newest first, kept up to date while any of them runs, and
// where a new one is started.
export function ImportsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { cursor, setCursor } = useUrlState();
  const [creating, setCreating] = useState(false);
  const jobs = useQuery(IMPORT_JOBS, {
    variables: cursor.before ? { last: PAGE_SIZE, before: cursor.before } : { first: PAGE_SIZE, after: cursor.after },
  });
  const rows = nodes(jobs.data?.importJobs);
  usePollWhile(anyRunning(rows), jobs, IMPORT_POLL_MS);

  return (
    <Card
      title={t('pages.imports.title')}
      extra={
        <Button type="primary" onClick={() => setCreating(true)} data-testid="import-create">
          {t('pages.imports.create')}
        </Button>
      }
    >
      {jobs.error && <ErrorAlert error={jobs.error} />}
      <ImportJobTable rows={rows} loading={jobs.loading && !jobs.data} />
      <Space style={{ marginTop: 16, display: 'flex', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary" data-testid="import-total">
          {t('pages.imports.total', { count: jobs.data?.importJobs.totalCount ?? 0 })}
        </Typography.Text>
        <CursorPager pageInfo={jobs.data?.importJobs.pageInfo} cursor={cursor} onChange={setCursor} />
      </Space>
      <StartImportModal
        open={creating}
        onCancel={() => setCreating(false)}
        onStarted={(job) => {
          setCreating(false);
          void message.success(t(job.dryRun ? 'pages.imports.form.dryRunStarted' : 'pages.imports.form.started'));
          // The new job heads the first page.
          if (cursor.after || cursor.before) setCursor({});
          else void jobs.refetch();
        }}
      />
    </Card>
  );
}
