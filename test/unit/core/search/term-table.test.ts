import { describe, expect, it } from 'vitest';
import { TermTable } from '../../../../main/core/search/term-table.ts';
import { fnv1a } from '../../../../main/core/string-hash.ts';

/** Runs `countsSteps` to the end, counting its steps. */
function counted(table: TermTable): { counts: Uint32Array; steps: number } {
  const steps = table.countsSteps();
  for (let count = 1; ; count += 1) {
    const step = steps.next();
    if (step.done === true) return { counts: step.value, steps: count };
  }
}

/** A reproducible stream of words of 1–8 letters from a small alphabet (many repeats, many distinct). */
function words(count: number, seed: number): string[] {
  let state = seed;
  const next = (): number => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state >>> 8;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + (next() % 8) }, () => 'abcdeéжz'[next() % 8]).join(''),
  );
}

describe('the term table of a rebuild', () => {
  it('gives terms the ids a map would, and counts each once per article, through many growths', () => {
    const table = new TermTable(2);
    const ids = new Map<string, number>();
    const counts = new Map<string, number>();
    const text = words(20_000, 7);
    for (let article = 1; article <= 200; article += 1) {
      const seen = new Set<string>();
      for (const term of text.slice((article - 1) * 100, article * 100)) {
        if (!ids.has(term)) ids.set(term, ids.size);
        const id = table.noteIn(term, article);
        if (seen.has(term)) expect(id).toBe(-1);
        else expect(id).toBe(ids.get(term));
        if (!seen.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
        seen.add(term);
      }
    }

    expect(table.size).toBe(ids.size);
    expect(table.terms).toEqual([...ids.keys()]);
    const byId = counted(table).counts;
    for (const [term, id] of ids) {
      expect(table.idOf(term)).toBe(id);
      expect(byId[id]).toBe(counts.get(term));
    }
  });

  it('tells apart two terms whose FNV-1a hashes are the same', () => {
    expect(fnv1a('woodz')).toBe(fnv1a('wegaab'));
    const table = new TermTable(4);

    expect(table.noteIn('woodz', 1)).toBe(0);
    expect(table.noteIn('wegaab', 1)).toBe(1);
    expect(table.noteIn('wegaab', 1)).toBe(-1);
    expect(table.idOf('woodz')).toBe(0);
    expect(table.idOf('wegaab')).toBe(1);
  });

  it('says which article noted a term last, and knows no id for a term never noted', () => {
    const table = new TermTable();
    table.noteIn('storm', 3);
    table.noteIn('rain', 3);
    table.noteIn('storm', 4);

    expect(table.lastNotedBy('storm', 4)).toBe(true);
    expect(table.lastNotedBy('rain', 4)).toBe(false);
    expect(table.lastNotedBy('rain', 3)).toBe(true);
    expect(table.lastNotedBy('hail', 3)).toBe(false);
    expect(table.idOf('hail')).toBe(-1);
    expect([...counted(table).counts]).toEqual([2, 1]);
  });

  it('reads the counts a shard per step, never the whole table at once', () => {
    const table = new TermTable();
    for (let term = 0; term < 10_000; term += 1) table.noteIn(`w${term}`, 1 + (term % 3));

    const { counts, steps } = counted(table);

    // As many steps as for an empty table (one per shard, and the last `next()` only returns),
    // however many terms there are, and never one step for the whole table.
    expect(steps).toBe(counted(new TermTable()).steps);
    expect(steps).toBeGreaterThan(2);
    expect(counts.length).toBe(10_000);
    expect(counts.every((count) => count === 1)).toBe(true);
  });
});
