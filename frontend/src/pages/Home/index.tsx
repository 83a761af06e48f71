import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { actsForSelf, canSee } from '../../access';
import { SelfAssessmentButton } from '../../assessments/components/SelfAssessmentButton';
import { useViewer } from '../../auth/viewerContext';
import { StatusChart } from './StatusChart';

export function HomePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <Card>
          <Typography.Title level={4}>{t('pages.home.welcome', { name: viewer.displayName })}</Typography.Title>
          <Typography.Paragraph>{t('pages.home.role', { role: t(`enums.role.${viewer.role}`) })}</Typography.Paragraph>
          {viewer.branch && (
            <Typography.Paragraph>{t('pages.home.branch', { branch: viewer.branch.name })}</Typography.Paragraph>
          )}
          {actsForSelf(viewer.role) && <SelfAssessmentButton />}
        </Card>
      </Col>
      {canSee(viewer.role, 'clients') && (
        <Col xs={24} lg={14}>
          <StatusChart />
        </Col>
      )}
    </Row>
  );
}
