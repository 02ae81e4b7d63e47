import { describe, expect, it } from 'vitest';
import type { LibraryHealth } from '../../../main/shared/health-types.ts';
import { describeHealth } from '../../../renderer/components/describe-health.ts';

const base: LibraryHealth = {
  state: 'ok',
  checkedAt: '2026-03-04T14:02:00.000Z',
  problems: [],
  repaired: [],
  advice: [],
};

describe('the quiet line of the start-up check', () => {
  it('says the library was checked and had no problems', () => {
    expect(describeHealth(base)).toMatch(/^Library checked .+: no problems$/);
  });

  it('counts the orphaned files it repaired, in the singular for one', () => {
    expect(describeHealth({ ...base, state: 'repaired', repaired: ['a'] })).toMatch(
      /: repaired 1 orphaned file$/,
    );
    expect(describeHealth({ ...base, state: 'repaired', repaired: ['a', 'b'] })).toMatch(
      /: repaired 2 orphaned files$/,
    );
  });

  it('says nothing while checking, when skipped, or when damaged (the banner speaks then)', () => {
    expect(describeHealth({ ...base, state: 'checking', checkedAt: null })).toBeNull();
    expect(describeHealth({ ...base, state: 'skipped', checkedAt: null })).toBeNull();
    expect(describeHealth({ ...base, state: 'damaged' })).toBeNull();
  });
});
