import type { UserRole as Role } from './gql/graphql';

// Which role sees which area, decided in one place (Ant Design Pro's
// access.ts). The server enforces access itself; this only shapes the UI.
export type Area = 'home' | 'clients' | 'products' | 'audit' | 'apiKeys';

const CLIENT_VIEWERS: Role[] = ['ADVISOR', 'BRANCH_MANAGER', 'HEAD_OFFICE', 'COMPLIANCE'];

export function canSee(role: Role, area: Area): boolean {
  switch (area) {
    case 'home':
      return true;
    case 'clients':
      return CLIENT_VIEWERS.includes(role);
    case 'products':
      return role !== 'CLIENT';
    case 'audit':
      // The audit trail is compliance's alone, as in the AuditLog policy.
      return role === 'COMPLIANCE';
    case 'apiKeys':
      return role === 'ADMIN';
  }
}

// canWriteClient says whether the viewer may act on a client's data: log a
// contact, edit its tags, change its status. As in the server's write
// scope (rule.WriteScope): an advisor their own clients (not those only
// shared with them), a branch manager those of their branch (the only ones
// they can open); head office and compliance read but never write.
export function canWriteClient(viewer: { id: string; role: Role }, advisorId: string | null | undefined): boolean {
  switch (viewer.role) {
    case 'ADVISOR':
      return advisorId === viewer.id;
    case 'BRANCH_MANAGER':
      return true;
    default:
      return false;
  }
}
