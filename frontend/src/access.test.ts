import { describe, expect, it } from 'vitest';

import { canSee } from './access';
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
