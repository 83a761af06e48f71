import { Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import type { RiskCategory } from '../../../gql/graphql';
import { riskExpiry } from '../utils/riskExpiry';

export interface RiskLevelTagProps {
  // The latest assessment, expired or not; null if never assessed.
  assessment: { level: RiskCategory; expiresAt: string } | null | undefined;
}

// RiskLevelTag shows the client's current risk level and its expiry, with
// a warning once the assessment has expired or expires within 30 days:
// an expired assessment blocks the sale of products (适当性).
export function RiskLevelTag({ assessment }: RiskLevelTagProps) {
  const { t } = useTranslation();
  if (!assessment) {
    return (
      <Tag color="orange" data-testid="client-risk-level">
        {t('pages.clientDetail.header.riskNone')}
      </Tag>
    );
  }
  const expiry = riskExpiry(assessment.expiresAt);
  return (
    <Space size={4} wrap>
      <Tag color="blue" data-testid="client-risk-level">
        {t(`enums.riskCategory.${assessment.level}`)}
      </Tag>
      <Typography.Text type="secondary">
        {t('pages.clientDetail.header.riskExpiresOn', { date: dayjs(assessment.expiresAt).format('YYYY-MM-DD') })}
      </Typography.Text>
      {expiry.state === 'EXPIRED' && (
        <Tag color="red" data-testid="risk-expiry-warning">
          {t('pages.clientDetail.header.riskExpired')}
        </Tag>
      )}
      {expiry.state === 'EXPIRING' && (
        <Tag color="orange" data-testid="risk-expiry-warning">
          {t('pages.clientDetail.header.riskExpiring', { count: expiry.daysLeft })}
        </Tag>
      )}
    </Space>
  );
}
