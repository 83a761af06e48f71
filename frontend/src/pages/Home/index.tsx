import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { useViewer } from '../../auth/viewerContext';

export function HomePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <Card>
      <Typography.Title level={4}>{t('pages.home.welcome', { name: viewer.displayName })}</Typography.Title>
      <Typography.Paragraph>{t('pages.home.role', { role: t(`enums.role.${viewer.role}`) })}</Typography.Paragraph>
      {viewer.branch && (
        <Typography.Paragraph>{t('pages.home.branch', { branch: viewer.branch.name })}</Typography.Paragraph>
      )}
    </Card>
  );
}
