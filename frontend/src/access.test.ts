import { describe, expect, it } from 'vitest';

import { canSee } from './access';

describe('canSee', () => {
  it('shows clients to the roles that serve or oversee them', () => {
    expect(canSee('ADVISOR', 'clients')).toBe(true);
    expect(canSee('BRANCH_MANAGER', 'clients')).toBe(true);
    expect(canSee('HEAD_OFFICE', 'clients')).toBe(true);
    expect(canSee('COMPLIANCE', 'clients')).toBe(true);
  });

  it('hides the client list from roles without client access', () => {
    expect(canSee('PRODUCT_MANAGER', 'clients')).toBe(false);
    expect(canSee('ADMIN', 'clients')).toBe(false);
    expect(canSee('CLIENT', 'clients')).toBe(false);
  });

  it('shows products to staff only', () => {
    expect(canSee('PRODUCT_MANAGER', 'products')).toBe(true);
    expect(canSee('CLIENT', 'products')).toBe(false);
  });
});
