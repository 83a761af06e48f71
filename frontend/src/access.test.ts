import { describe, expect, it } from 'vitest';

import {
  actionNeedsComment,
  actsForSelf,
  canCreateSegment,
  canEditProduct,
  canEditScheme,
  canEditSegment,
  canSellProducts,
  canSee,
  canSeeProductHistory,
  canSeeProductTargets,
  canWriteClient,
  productActions,
  productListScope,
} from './access';
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

  it('shows the product library to everyone: staff all of it, a client what is on sale', () => {
    expect(ROLES.filter((r) => canSee(r, 'products'))).toEqual(ROLES);
  });

  it('lets product managers edit products and compliance review them', () => {
    expect(ROLES.filter((r) => canSee(r, 'productEdit'))).toEqual(['PRODUCT_MANAGER']);
    expect(ROLES.filter((r) => canSee(r, 'productReview'))).toEqual(['COMPLIANCE']);
  });

  it('shows the audit log to compliance only', () => {
    expect(ROLES.filter((r) => canSee(r, 'audit'))).toEqual(['COMPLIANCE']);
  });

  it('shows the suitability records to compliance and head office', () => {
    expect(ROLES.filter((r) => canSee(r, 'suitabilityRecords'))).toEqual(['HEAD_OFFICE', 'COMPLIANCE']);
  });

  it('shows data imports to head office only', () => {
    expect(ROLES.filter((r) => canSee(r, 'imports'))).toEqual(['HEAD_OFFICE']);
  });

  it('shows API keys to administrators only', () => {
    expect(ROLES.filter((r) => canSee(r, 'apiKeys'))).toEqual(['ADMIN']);
  });
});

describe('segments, schemes and contribution', () => {
  it('shows segments to the roles that serve or oversee clients, and to product managers', () => {
    expect(ROLES.filter((r) => canSee(r, 'segments'))).toEqual(['HEAD_OFFICE', 'BRANCH_MANAGER', 'ADVISOR', 'PRODUCT_MANAGER', 'COMPLIANCE']);
  });

  it('shows the schemes and the contribution analysis to the roles that see clients', () => {
    const clientViewers = ROLES.filter((r) => canSee(r, 'clients'));
    expect(ROLES.filter((r) => canSee(r, 'schemes'))).toEqual(clientViewers);
    expect(ROLES.filter((r) => canSee(r, 'contribution'))).toEqual(clientViewers);
  });

  it('lets staff other than compliance keep segments, and their owner or head office change one', () => {
    expect(ROLES.filter(canCreateSegment)).toEqual(['HEAD_OFFICE', 'BRANCH_MANAGER', 'ADVISOR', 'PRODUCT_MANAGER']);
    expect(canEditSegment({ id: 'u1', role: 'ADVISOR' }, 'u1')).toBe(true);
    expect(canEditSegment({ id: 'u1', role: 'ADVISOR' }, 'u2')).toBe(false);
    expect(canEditSegment({ id: 'h1', role: 'HEAD_OFFICE' }, 'u2')).toBe(true);
    expect(canEditSegment({ id: 'c1', role: 'COMPLIANCE' }, 'c1')).toBe(false);
  });

  it('lets head office alone edit the schemes', () => {
    expect(ROLES.filter(canEditScheme)).toEqual(['HEAD_OFFICE']);
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

describe('product library access', () => {
  it('lists every status to those who curate, approve or oversee, and what is on sale to the others', () => {
    expect(ROLES.filter((r) => productListScope(r) === 'ALL')).toEqual(['HEAD_OFFICE', 'PRODUCT_MANAGER', 'COMPLIANCE']);
  });

  it('shows the version history to the roles the ProductVersion policy lets read it', () => {
    expect(ROLES.filter(canSeeProductHistory)).toEqual(['HEAD_OFFICE', 'PRODUCT_MANAGER', 'COMPLIANCE']);
  });

  it('lets a product manager edit drafts only', () => {
    expect(canEditProduct('PRODUCT_MANAGER', 'DRAFT')).toBe(true);
    expect(canEditProduct('PRODUCT_MANAGER', 'IN_REVIEW')).toBe(false);
    expect(canEditProduct('COMPLIANCE', 'DRAFT')).toBe(false);
  });
});

describe('productActions', () => {
  const pm = { id: 'pm1', role: 'PRODUCT_MANAGER' as const };
  const pm2 = { id: 'pm2', role: 'PRODUCT_MANAGER' as const };
  const compliance = { id: 'c1', role: 'COMPLIANCE' as const };
  const advisor = { id: 'a1', role: 'ADVISOR' as const };

  it('lets a product manager submit a draft, and compliance nothing', () => {
    expect(productActions(pm, { status: 'DRAFT' })).toEqual(['SUBMIT']);
    expect(productActions(compliance, { status: 'DRAFT' })).toEqual([]);
  });

  it('lets only the submitter withdraw, and only someone else review (four eyes)', () => {
    const inReview = { status: 'IN_REVIEW' as const, submittedBy: { id: 'pm1' } };
    expect(productActions(pm, inReview)).toEqual(['WITHDRAW']);
    expect(productActions(pm2, inReview)).toEqual([]);
    expect(productActions(compliance, inReview)).toEqual(['APPROVE', 'REJECT']);
    expect(productActions({ id: 'pm1', role: 'COMPLIANCE' }, inReview)).toEqual([]);
  });

  it('lets either suspend or retire a product on sale; compliance resumes, the product manager reopens', () => {
    expect(productActions(pm, { status: 'PUBLISHED' })).toEqual(['SUSPEND', 'RETIRE', 'REOPEN']);
    expect(productActions(compliance, { status: 'PUBLISHED' })).toEqual(['SUSPEND', 'RETIRE']);
    expect(productActions(compliance, { status: 'SUSPENDED' })).toEqual(['RESUME', 'RETIRE']);
    expect(productActions(pm, { status: 'SUSPENDED' })).toEqual(['RETIRE', 'REOPEN']);
    expect(productActions(pm, { status: 'RETIRED' })).toEqual(['REOPEN']);
    expect(productActions(compliance, { status: 'RETIRED' })).toEqual([]);
  });

  it('gives the other roles no move', () => {
    expect(productActions(advisor, { status: 'PUBLISHED' })).toEqual([]);
  });

  it('asks why for a rejection, a suspension and a retirement', () => {
    const all = ['SUBMIT', 'WITHDRAW', 'APPROVE', 'REJECT', 'RESUME', 'SUSPEND', 'RETIRE', 'REOPEN'] as const;
    expect(all.filter(actionNeedsComment)).toEqual(['REJECT', 'SUSPEND', 'RETIRE']);
  });
});

describe('canSellProducts, actsForSelf and canSeeProductTargets', () => {
  it('lets advisors and branch managers order for clients, and clients for themselves', () => {
    expect(ROLES.filter(canSellProducts)).toEqual(['BRANCH_MANAGER', 'ADVISOR']);
    expect(ROLES.filter(actsForSelf)).toEqual(['CLIENT']);
  });
  it("shows a product's target clients to staff only", () => {
    expect(ROLES.filter(canSeeProductTargets)).toEqual(ROLES.filter((r) => r !== 'CLIENT'));
  });
});
