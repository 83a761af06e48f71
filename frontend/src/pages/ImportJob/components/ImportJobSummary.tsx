import { Alert, Card, Col, Descriptions, Row, Statistic } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import type { ImportJobSummaryFragment } from '../../../gql/graphql';
import { ImportProgress } from '../../../imports/components/ImportProgress';
import { ImportStatusTag } from '../../../imports/components/ImportStatusTag';

export interface ImportJobSummaryProps {
  job: ImportJobSummaryFragment;
}

const when = (at?: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm:ss') : '—');
const COUNTS = ['linesDone', 'inserted', 'updated', 'unchanged', 'rejected'] as const;

// ImportJobSummary is what an import job is and did: its file, how far it
// got, the rows inserted, updated, unchanged and rejected, and why it
// failed when it did.
export function ImportJobSummary({ job }: ImportJobSummaryProps) {
  const { t } = useTranslation();
  const k = (key: string) => t(`pages.importJob.${key}`);
  return (
    <Card title={t('pages.importJob.title', { name: job.fileName })} extra={<ImportStatusTag status={job.status} />} data-testid="import-job">
      {job.status === 'FAILED' && (
        <Alert type="error" showIcon title={k('failed')} description={job.error} style={{ marginBottom: 16 }} data-testid="import-error" />
      )}
      {job.dryRun && <Alert type="info" showIcon title={k('dryRunNote')} style={{ marginBottom: 16 }} />}
      <ImportProgress status={job.status} percent={job.percent} />
      <Row gutter={16} style={{ margin: '16px 0' }}>
        {COUNTS.map((field) => (
          <Col key={field} xs={12} md={4}>
            <Statistic title={k(field)} value={job[field]} data-testid={`job-${field}`} />
          </Col>
        ))}
      </Row>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label={k('kind')}>{t(`enums.importJobKind.${job.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={k('fileName')}>{job.fileName}</Descriptions.Item>
        <Descriptions.Item label={k('fileSize')}>{t('pages.importJob.bytes', { size: job.fileSize.toLocaleString() })}</Descriptions.Item>
        <Descriptions.Item label={k('format')}>{t(`enums.importJobFormat.${job.format}`)}</Descriptions.Item>
        <Descriptions.Item label={k('encoding')}>{t(`enums.importJobEncoding.${job.encoding}`)}</Descriptions.Item>
        <Descriptions.Item label={k('dryRun')}>{t(job.dryRun ? 'common.yes' : 'common.no')}</Descriptions.Item>
        <Descriptions.Item label={k('startedAt')}>{when(job.startedAt)}</Descriptions.Item>
        <Descriptions.Item label={k('finishedAt')}>{when(job.finishedAt)}</Descriptions.Item>
        <Descriptions.Item label={k('createdBy')}>{job.createdBy?.displayName ?? '—'}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
