import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { RiskLevel } from '../../gql/graphql';

const RISK_COLORS: Record<RiskLevel, string> = { R1: 'green', R2: 'cyan', R3: 'gold', R4: 'orange', R5: 'red' };

export interface ProductRiskTagProps {
  level: RiskLevel;
}

// ProductRiskTag shows a product's risk level, R1 (low) to R5 (high).
export function ProductRiskTag({ level }: ProductRiskTagProps) {
  const { t } = useTranslation();
  return <Tag color={RISK_COLORS[level]}>{t(`enums.riskLevel.${level}`)}</Tag>;
}
