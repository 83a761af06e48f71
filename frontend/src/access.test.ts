import { describe, expect, it } from 'vitest';

import { canSee, canWriteClient } from './access';
import type { UserRole } from './gql/graphql';

const ROLES: UserRole[] = ['ADMIN', 'HEAD_OFFICE', 'BRANCH_MANAGER', 'ADVISOR', 'PRODUCT_MANAGER', 'COMPLIANCE', 'CLIENT'];

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

  it('shows the audit log to compliance only', () => {
    expect(ROLES.filter((r) => canSee(r, 'audit'))).toEqual(['COMPLIANCE']);
  });

  it('shows API keys to administrators only', () => {
    expect(ROLES.filter((r) => canSee(r, 'apiKeys'))).toEqual(['ADMIN']);
  });
});

describe('canWriteClient', () => {
  it("lets an advisor act on their own clients only, not on those shared with them", () => {
    expect(canWriteClient({ id: 'u1', role: 'ADVISOR' }, 'u1')).toBe(true);
    expect(canWriteClient({ id: 'u1', role: 'ADVISOR' }, 'u2')).toBe(false);
    expect(canWriteClient({ id: 'u1', role: 'ADVISOR' }, null)).toBe(false);
  });

  it('lets the branch manager act on the clients they can open', () => {
    expect(canWriteClient({ id: 'm1', role: 'BRANCH_MANAGER' }, 'u2')).toBe(true);
  });

  it('lets no other role act on client data', () => {
    const others = ROLES.filter((r) => r !== 'ADVISOR' && r !== 'BRANCH_MANAGER');
    expect(others.filter((role) => canWriteClient({ id: 'x', role }, 'x'))).toEqual([]);
  });
});
