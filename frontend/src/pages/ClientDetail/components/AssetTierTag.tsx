import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { AssetTier } from '../../../config/assetTiers';
import { assetTier } from '../utils/assetTier';

const TIER_COLORS: Record<AssetTier, string> = {
  ORDINARY: 'default',
  POTENTIAL: 'cyan',
  IMPORTANT: 'blue',
  HIGH_NET_WORTH: 'gold',
  ULTRA_HIGH_NET_WORTH: 'volcano',
};

export interface AssetTierTagProps {
  totalAssets: string;
}

// AssetTierTag shows the tier of the client's total assets today.
export function AssetTierTag({ totalAssets }: AssetTierTagProps) {
  const { t } = useTranslation();
  const tier = assetTier(totalAssets);
  return (
    <Tag color={TIER_COLORS[tier]} data-testid="client-asset-tier">
      {t(`enums.assetTier.${tier}`)}
    </Tag>
  );
}
