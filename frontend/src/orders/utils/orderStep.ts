import type { SuitabilityOutcome } from '../../gql/graphql';

export type OrderStep = 'placed' | 'confirm' | 'refused';

// orderStep says what the order dialog shows after a placeOrder call: an
// order is placed whenever one came back (after a confirmation the outcome
// still says CONFIRMATION_REQUIRED); otherwise a refusal, or the warning
// to confirm.
export function orderStep(result: { outcome: SuitabilityOutcome; order?: { id: string } | null }): OrderStep {
  if (result.order) return 'placed';
  if (result.outcome === 'CONFIRMATION_REQUIRED') return 'confirm';
  return 'refused';
}
