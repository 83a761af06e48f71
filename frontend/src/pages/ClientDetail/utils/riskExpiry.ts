import dayjs, { type Dayjs } from 'dayjs';

// A risk assessment within this many days of its expiry is flagged, so the
// advisor has the client re-assessed before suitable products are refused.
export const RISK_EXPIRY_WARNING_DAYS = 30;

export type RiskExpiryState = 'EXPIRED' | 'EXPIRING' | 'VALID';

export interface RiskExpiry {
  state: RiskExpiryState;
  // Whole days until the expiry, from now (0 on the last day; negative once expired).
  daysLeft: number;
}

// riskExpiry says whether an assessment expiring at expiresAt (RFC 3339)
// has expired, expires within RISK_EXPIRY_WARNING_DAYS, or is valid.
export function riskExpiry(expiresAt: string, now: Dayjs = dayjs()): RiskExpiry {
  const expires = dayjs(expiresAt);
  const daysLeft = expires.diff(now, 'day');
  if (!expires.isAfter(now)) return { state: 'EXPIRED', daysLeft };
  if (expires.diff(now, 'day', true) <= RISK_EXPIRY_WARNING_DAYS) return { state: 'EXPIRING', daysLeft };
  return { state: 'VALID', daysLeft };
}
