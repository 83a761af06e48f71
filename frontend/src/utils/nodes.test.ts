import { describe, expect, it } from 'vitest';

import { nodes } from './nodes';

describe('nodes', () => {
  it('returns the nodes, skipping null edges and nodes', () => {
    expect(nodes({ edges: [{ node: 1 }, null, { node: null }, { node: 2 }] })).toEqual([1, 2]);
  });
  it('is empty for a missing connection or edges', () => {
    expect(nodes(undefined)).toEqual([]);
    expect(nodes({ edges: null })).toEqual([]);
  });
});
