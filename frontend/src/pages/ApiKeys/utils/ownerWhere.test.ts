import { describe, expect, it } from 'vitest';

import { ownerWhere } from './ownerWhere';

describe('ownerWhere', () => {
  it('lists active staff without a search', () => {
    expect(ownerWhere(' ')).toEqual({ active: true, roleNEQ: 'CLIENT' });
  });

  it('matches part of a username or a name', () => {
    expect(ownerWhere(' 张 ').or).toEqual([{ usernameContainsFold: '张' }, { displayNameContainsFold: '张' }]);
  });
});
