import { ASSET_TIERS, type AssetTier } from '../../../config/assetTiers';
import { compareDecimal } from '../../../utils/decimal';

// assetTier is the tier of a client's total assets (a Decimal string),
// compared exactly against the thresholds of config/assetTiers.
export function assetTier(totalAssets: string): AssetTier {
  let tier: AssetTier = ASSET_TIERS[0].tier;
  for (const t of ASSET_TIERS) {
    if (t.from === null || compareDecimal(totalAssets, t.from) >= 0) tier = t.tier;
  }
  return tier;
}
