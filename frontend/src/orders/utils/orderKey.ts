// newOrderKey is the idempotency key of one opening of the order dialog
// (8 to 64 characters): a retry or the confirmation call reuses it, so the
// server never makes two orders of it.
export function newOrderKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

const AMOUNT = /^\d+(\.\d{1,2}0*)?$/;

// validAmount says whether text is a positive amount of yuan with at most
// two decimals (trailing zeros aside); the minimum and the step are the server's to check.
export function validAmount(text: string): boolean {
  const v = text.trim();
  return AMOUNT.test(v) && Number(v) > 0;
}
