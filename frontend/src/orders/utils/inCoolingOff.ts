import dayjs, { type Dayjs } from 'dayjs';

import type { SalesOrderStatus } from '../../gql/graphql';

// inCoolingOff says whether a paid order may still be cancelled (冷静期).
export function inCoolingOff(order: { status: SalesOrderStatus; coolingOffUntil?: string | null }, now: Dayjs = dayjs()): boolean {
  return order.status === 'PAID' && !!order.coolingOffUntil && dayjs(order.coolingOffUntil).isAfter(now);
}
