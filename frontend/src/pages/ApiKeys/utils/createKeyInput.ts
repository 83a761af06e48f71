import type { Dayjs } from 'dayjs';

import type { ApiScope, CreateApiKeyInput } from '../../../gql/graphql';

// ApiKeyFormValues is what the create form holds.
export interface ApiKeyFormValues {
  name: string;
  ownerId: string;
  scopes: ApiScope[];
  branchId?: string;
  allowlistOnly?: boolean;
  ratePerMinute?: number | null;
  expiresOn?: Dayjs | null;
}

// createKeyInput turns the form into the mutation's input. A key expiring
// "on" a day still works that whole day: it expires at the start of the
// next one. Unset options are left out, so the server's defaults apply.
export function createKeyInput(v: ApiKeyFormValues): CreateApiKeyInput {
  return {
    name: v.name.trim(),
    ownerId: v.ownerId,
    scopes: v.scopes,
    ...(v.branchId ? { branchId: v.branchId } : {}),
    ...(v.allowlistOnly ? { allowlistOnly: true } : {}),
    ...(v.ratePerMinute ? { ratePerMinute: v.ratePerMinute } : {}),
    ...(v.expiresOn ? { expiresAt: v.expiresOn.add(1, 'day').startOf('day').format() } : {}),
  };
}
