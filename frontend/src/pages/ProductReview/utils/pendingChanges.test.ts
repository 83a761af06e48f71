import { describe, expect, it } from 'vitest';

import { pendingChanges } from './pendingChanges';

describe('pendingChanges', () => {
  it('shows everything of a product never approved', () => {
    const created = {
      version: 1,
      action: 'CREATE' as const,
      changes: [
        { field: 'code', from: '', to: 'E2E1' },
        { field: 'name', from: '', to: '新基金' },
      ],
    };
    const submitted = { version: 2, action: 'SUBMIT' as const, changes: null };
    expect(pendingChanges([submitted, created])).toEqual({
      approvedVersion: null,
      versions: [created, submitted],
      changes: created.changes,
    });
  });

  it('folds the edits since the last approval into one change per field', () => {
    const versions = [
      { version: 1, action: 'CREATE' as const, changes: [{ field: 'managementFeeRate', from: '', to: '1.5000' }] },
      { version: 2, action: 'SUBMIT' as const },
      { version: 3, action: 'APPROVE' as const },
      { version: 4, action: 'REOPEN' as const },
      {
        version: 5,
        action: 'EDIT' as const,
        changes: [
          { field: 'managementFeeRate', from: '1.5000', to: '1.2000' },
          { field: 'name', from: '旧名', to: '新名' },
        ],
      },
      {
        version: 6,
        action: 'EDIT' as const,
        changes: [
          { field: 'managementFeeRate', from: '1.2000', to: '1.0000' },
          { field: 'name', from: '新名', to: '旧名' },
        ],
      },
      { version: 7, action: 'SUBMIT' as const },
    ];
    const pending = pendingChanges(versions);
    expect(pending.approvedVersion).toBe(3);
    expect(pending.versions.map((v) => v.version)).toEqual([4, 5, 6, 7]);
    // The name went back to what was approved: nothing to review there.
    expect(pending.changes).toEqual([{ field: 'managementFeeRate', from: '1.5000', to: '1.0000' }]);
  });

  it('starts from the latest of several approvals', () => {
    const pending = pendingChanges([
      { version: 3, action: 'APPROVE' as const },
      { version: 9, action: 'APPROVE' as const },
      { version: 10, action: 'SUSPEND' as const },
    ]);
    expect(pending.approvedVersion).toBe(9);
    expect(pending.changes).toEqual([]);
  });
});
