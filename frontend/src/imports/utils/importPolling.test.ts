import { describe, expect, it } from 'vitest';

import { anyRunning } from './importPolling';

describe('anyRunning', () => {
  it('keeps polling while any job shown runs, and stops when all have ended', () => {
    expect(anyRunning([{ status: 'SUCCEEDED' }, { status: 'RUNNING' }])).toBe(true);
    expect(anyRunning([{ status: 'SUCCEEDED' }, { status: 'FAILED' }, null])).toBe(false);
    expect(anyRunning([])).toBe(false);
  });
});
