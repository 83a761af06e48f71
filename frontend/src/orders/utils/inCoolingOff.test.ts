import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';

import { inCoolingOff } from './inCoolingOff';

const now = dayjs('2026-11-29T12:00:00Z');

describe('inCoolingOff', () => {
  it('is true for a paid order before the end of its cooling-off period', () => {
    expect(inCoolingOff({ status: 'PAID', coolingOffUntil: '2026-11-30T12:00:00Z' }, now)).toBe(true);
  });
  it('is false once the period is over, without one, or for an order not paid', () => {
    expect(inCoolingOff({ status: 'PAID', coolingOffUntil: '2026-11-29T11:00:00Z' }, now)).toBe(false);
    expect(inCoolingOff({ status: 'PAID', coolingOffUntil: null }, now)).toBe(false);
    expect(inCoolingOff({ status: 'CANCELLED', coolingOffUntil: '2026-11-30T12:00:00Z' }, now)).toBe(false);
  });
});
