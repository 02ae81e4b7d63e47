import { describe, expect, it } from 'vitest';
import { heldOutSets, setsLeftIn } from '../../bench/related/held-out-sets.ts';

describe('the held-out sets a related bench run imports', () => {
  it('are all of them unless some are left out', () => {
    expect(setsLeftIn(null)).toEqual(heldOutSets);
  });

  it('leave out the named sets and keep the others in order', () => {
    const left = setsLeftIn('held-out-3, held-out-5');

    expect(left).not.toContain('held-out-3');
    expect(left).not.toContain('held-out-5');
    expect(left).toEqual(heldOutSets.filter((name) => name !== 'held-out-3' && name !== 'held-out-5'));
  });

  it('refuse a set that does not exist, naming it', () => {
    expect(() => setsLeftIn('held-out-999')).toThrow(/no held-out set named held-out-999/);
    expect(() => setsLeftIn('')).toThrow(/no held-out set named/);
  });
});
