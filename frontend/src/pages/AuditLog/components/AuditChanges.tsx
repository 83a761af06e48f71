import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface AuditChangesProps {
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

// AuditChanges shows an entry's values before and after the change side by
// side, as the server recorded them (already masked where it masks).
export function AuditChanges({ before, after }: AuditChangesProps) {
  const { t } = useTranslation();
  const pane = (title: string, value: Record<string, unknown> | null | undefined, testId: string) => (
    <Col span={12}>
      <Card size="small" title={title}>
        {value ? (
          <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }} data-testid={testId}>
            {JSON.stringify(value, null, 2)}
          </pre>
        ) : (
          <Typography.Text type="secondary" data-testid={testId}>
            {t('pages.auditLog.noValues')}
          </Typography.Text>
        )}
      </Card>
    </Col>
  );
  return (
    <Row gutter={16} data-testid="audit-changes">
      {pane(t('pages.auditLog.before'), before, 'audit-before')}
      {pane(t('pages.auditLog.after'), after, 'audit-after')}
    </Row>
  );
}
