import { describe, expect, it } from 'vitest';
import { IdChunks } from '../../../../main/core/search/id-chunks.ts';

describe('lists of article ids kept in chunks', () => {
  it('appends an id unless the list ends with it already, and reads its last id without a view', () => {
    const ids = new IdChunks();
    const start = ids.move(0, 0, 4);

    expect(ids.appendUnlessLast(start, 0, 7)).toBe(true);
    expect(ids.appendUnlessLast(start, 1, 7)).toBe(false);
    expect(ids.appendUnlessLast(start, 1, 9)).toBe(true);
    expect(ids.lastOf(start, 2)).toBe(9);
    expect([...ids.listAt(start, 2)]).toEqual([7, 9]);
  });

  it('finds a list in a later chunk after a full first chunk moves it there', () => {
    // A first chunk of saved lists, full: the list at 2 (two ids) must move to grow.
    const ids = new IdChunks(Uint32Array.from([1, 2, 3, 4, 5, 6]), 6);
    const moved = ids.move(2, 2, 4);

    expect(moved).toBe(6);
    expect(ids.appendUnlessLast(moved, 2, 4)).toBe(false);
    expect(ids.appendUnlessLast(moved, 2, 8)).toBe(true);
    expect(ids.lastOf(moved, 3)).toBe(8);
    expect(ids.lastOf(0, 2)).toBe(2);
    const out = new Uint32Array(5);
    ids.copyTo(moved, 3, out, 1);
    expect([...out]).toEqual([0, 3, 4, 8, 0]);
  });
});
