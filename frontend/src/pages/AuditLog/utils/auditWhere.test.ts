import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';

import { auditWhere } from './auditWhere';

describe('auditWhere', () => {
  it('is empty without filters', () => {
    expect(auditWhere({ actor: ' ', entityType: '' })).toEqual({ and: [] });
  });

  it('matches part of the actor name and the exact action and entity', () => {
    expect(auditWhere({ actor: ' advisor1 ', action: 'LOGIN', entityType: 'Customer', entityId: '42' })).toEqual({
      and: [{ actorNameContainsFold: 'advisor1' }, { action: 'LOGIN' }, { entityTypeEqualFold: 'Customer' }, { entityID: '42' }],
    });
  });

  it('includes the whole last day of the range', () => {
    const where = auditWhere({ from: '2024-03-01', to: '2024-03-31' });
    expect(where.and).toEqual([{ atGTE: expect.any(String) }, { atLT: expect.any(String) }]);
    const [from, to] = [where.and?.[0]?.atGTE, where.and?.[1]?.atLT];
    expect(dayjs(from).valueOf()).toBe(new Date(2024, 2, 1).getTime());
    expect(dayjs(to).valueOf()).toBe(new Date(2024, 3, 1).getTime());
    expect(from).toMatch(/^2024-03-01T00:00:00([+-]\d{2}:\d{2}|Z)$/); // RFC 3339, as the Time scalar wants
  });
});
