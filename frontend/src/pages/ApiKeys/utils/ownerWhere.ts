import type { UserWhereInput } from '../../../gql/graphql';

// ownerWhere finds active staff by part of their username or name. Client
// logins serve the client portal, not partner apps, so they are left out.
export function ownerWhere(search: string): UserWhereInput {
  const q = search.trim();
  return {
    active: true,
    roleNEQ: 'CLIENT',
    ...(q ? { or: [{ usernameContainsFold: q }, { displayNameContainsFold: q }] } : {}),
  };
}
