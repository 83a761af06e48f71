// The dynamic asset tiers (动态资产分层, PRODUCT.md §3): each tier starts at
// its lower bound in CNY of total assets, inclusive, and ends where the
// next begins. The thresholds live here and nowhere else; their labels are
// enums.assetTier.* in the locale catalogue.
export const ASSET_TIERS = [
  { tier: 'ORDINARY', from: null }, // 普通: below 10万, and negative totals
  { tier: 'POTENTIAL', from: '100000' }, // 潜力: 10万–50万
  { tier: 'IMPORTANT', from: '500000' }, // 重要: 50万–100万
  { tier: 'HIGH_NET_WORTH', from: '1000000' }, // 高净值: 100万–500万
  { tier: 'ULTRA_HIGH_NET_WORTH', from: '5000000' }, // 超高净值: 500万 and more
] as const;

export type AssetTier = (typeof ASSET_TIERS)[number]['tier'];
