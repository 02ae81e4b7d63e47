import { describe, expect, it } from 'vitest';
import { XorFilterBuilder, xorFilterHas, xorFilterWords } from '../../../../main/core/search/xor-filter.ts';
import { seededRandom } from '../../support/seeded-random.ts';

/** `count` distinct random 32-bit keys. */
function randomKeys(next: () => number, count: number): Set<number> {
  const keys = new Set<number>();
  while (keys.size < count) keys.add(Math.floor(next() * 2 ** 32) >>> 0);
  return keys;
}

describe('an xor filter', () => {
  it('holds every key it was built from, for sets of one to three thousand keys', () => {
    const next = seededRandom(5);
    const builder = new XorFilterBuilder();
    const missed: number[] = [];
    let retried = 0;
    for (let round = 0; round < 300; round += 1) {
      const keys = randomKeys(next, 1 + Math.floor(next() * 3000));
      const out = new Uint32Array(xorFilterWords(keys.size) + 4);
      const seed = builder.build(Uint32Array.from(keys), round, out, 4);
      if (seed === null) throw new Error('no seed built the filter');
      if (seed !== round) retried += 1;
      for (const key of keys) if (!xorFilterHas(out, 4, out.length - 4, seed, key)) missed.push(key);
    }
    expect(missed).toEqual([]);
    // Some sets need a second seed: those are checked above too.
    expect(retried).toBeGreaterThan(0);
  });

  it('lets under one key in a hundred through that it was not built from (~0.4 %)', () => {
    const next = seededRandom(6);
    const builder = new XorFilterBuilder();
    let asked = 0;
    let passed = 0;
    for (let round = 0; round < 50; round += 1) {
      const keys = randomKeys(next, 2000);
      const out = new Uint32Array(xorFilterWords(keys.size));
      const seed = builder.build(Uint32Array.from(keys), round, out, 0) ?? 0;
      for (const key of randomKeys(next, 400)) {
        if (keys.has(key)) continue;
        asked += 1;
        if (xorFilterHas(out, 0, out.length, seed, key)) passed += 1;
      }
    }
    expect(asked).toBeGreaterThan(19_000);
    expect(passed / asked).toBeGreaterThan(0.001);
    expect(passed / asked).toBeLessThan(0.01);
  });

  it('takes about ten bits per key, and none for no keys', () => {
    expect([xorFilterWords(0), (xorFilterWords(1000) * 32) / 1000]).toEqual([0, expect.closeTo(10.1, 1)]);
  });
});
