import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';

import { riskExpiry } from './riskExpiry';

const now = dayjs('2024-06-01T10:00:00+08:00');

describe('riskExpiry', () => {
  it('is expired at and after the expiry', () => {
    expect(riskExpiry('2024-06-01T10:00:00+08:00', now).state).toBe('EXPIRED');
    expect(riskExpiry('2023-12-31T23:59:59+08:00', now).state).toBe('EXPIRED');
  });

  it('warns within 30 days of the expiry', () => {
    expect(riskExpiry('2024-06-01T10:00:01+08:00', now)).toEqual({ state: 'EXPIRING', daysLeft: 0 });
    expect(riskExpiry('2024-06-15T10:00:00+08:00', now)).toEqual({ state: 'EXPIRING', daysLeft: 14 });
    expect(riskExpiry('2024-07-01T10:00:00+08:00', now)).toEqual({ state: 'EXPIRING', daysLeft: 30 });
  });

  it('is valid beyond 30 days', () => {
    expect(riskExpiry('2024-07-01T10:00:01+08:00', now).state).toBe('VALID');
    expect(riskExpiry('2025-06-01T10:00:00+08:00', now).state).toBe('VALID');
  });

  it('compares instants, whatever the offset', () => {
    // 02:00 UTC is 10:00 in Beijing: the same instant as now.
    expect(riskExpiry('2024-06-01T02:00:00Z', now).state).toBe('EXPIRED');
  });
});
