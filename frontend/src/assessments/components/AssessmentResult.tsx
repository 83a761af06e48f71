import { Descriptions, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import type { TakeRiskAssessmentMutation } from '../../gql/graphql';

export interface AssessmentResultProps {
  assessment: TakeRiskAssessmentMutation['takeRiskAssessment'];
}

// AssessmentResult shows what an assessment found: the category, whether
// the investor is in the lowest category, horizon, varieties and expiry.
export function AssessmentResult({ assessment }: AssessmentResultProps) {
  const { t } = useTranslation();
  return (
    <Descriptions
      column={1}
      bordered
      size="small"
      data-testid="assessment-result"
      items={[
        {
          key: 'level',
          label: t('pages.assessment.level'),
          children: <span data-testid="assessment-level">{t(`enums.riskCategory.${assessment.level}`)}</span>,
        },
        { key: 'score', label: t('pages.assessment.score'), children: assessment.score },
        {
          key: 'lowest',
          label: t('pages.assessment.lowest'),
          children: assessment.lowestCategory ? (
            <Tag color="red" data-testid="assessment-lowest">
              {t('pages.assessment.lowestYes')}
            </Tag>
          ) : (
            t('pages.assessment.lowestNo')
          ),
        },
        { key: 'horizon', label: t('pages.assessment.horizon'), children: t(`enums.horizon.${assessment.horizon}`) },
        {
          key: 'varieties',
          label: t('pages.assessment.varieties'),
          children: assessment.varieties.map((v) => t(`enums.variety.${v}`)).join('、') || '—',
        },
        { key: 'expiresAt', label: t('pages.assessment.expiresAt'), children: dayjs(assessment.expiresAt).format('YYYY-MM-DD') },
      ]}
    />
  );
}
