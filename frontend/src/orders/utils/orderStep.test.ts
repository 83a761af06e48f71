import { describe, expect, it } from 'vitest';

import { orderStep } from './orderStep';

describe('orderStep', () => {
  it('shows an order that came back as placed', () => {
    expect(orderStep({ outcome: 'MATCH', order: { id: 'o1' } })).toBe('placed');
    expect(orderStep({ outcome: 'CONFIRMATION_REQUIRED', order: { id: 'o1' } })).toBe('placed');
  });
  it('asks for the confirmation of the warning', () => {
    expect(orderStep({ outcome: 'CONFIRMATION_REQUIRED', order: null })).toBe('confirm');
  });
  it('shows a refusal', () => {
    expect(orderStep({ outcome: 'REFUSED', order: null })).toBe('refused');
  });
});
