import { describe, expect, it } from 'vitest';

import { assetTier } from './assetTier';

describe('assetTier', () => {
  it.each([
    ['0.00', 'ORDINARY'],
    ['-25000.00', 'ORDINARY'], // margin debt above the assets
    ['99999.99', 'ORDINARY'],
    ['100000.00', 'POTENTIAL'], // a threshold belongs to the tier it starts
    ['499999.9999', 'POTENTIAL'],
    ['500000', 'IMPORTANT'],
    ['999999.99', 'IMPORTANT'],
    ['1000000.00', 'HIGH_NET_WORTH'],
    ['4999999.99', 'HIGH_NET_WORTH'],
    ['5000000.00', 'ULTRA_HIGH_NET_WORTH'],
    ['123456789012345678.00', 'ULTRA_HIGH_NET_WORTH'],
  ])('puts %s in %s', (total, want) => {
    expect(assetTier(total)).toBe(want);
  });
});
