import { describe, expect, it } from 'vitest';
import { fillPostingIdsSteps, type FillLimits } from '../../../../main/core/search/fill-posting-ids.ts';

/** Words in a 4 KB page. */
const pageWords = 1024;

/**
 * A store of `articles` articles, each with `termsEach` distinct terms of `terms` (article a has
 * terms a, a + stride, a + 2·stride … mod `terms`), and where each term's list starts: the lists
 * of a few thousand terms span many pages, and one article writes to lists across most of them.
 */
function store(articles: number, terms: number, termsEach: number, stride: number) {
  const chunk = new Uint32Array(articles * (2 + termsEach));
  const perTerm = new Uint32Array(terms);
  let at = 0;
  for (let id = 1; id <= articles; id += 1) {
    chunk[at++] = id;
    chunk[at++] = termsEach;
    for (let k = 0; k < termsEach; k += 1) {
      const term = (id + k * stride) % terms;
      chunk[at++] = term;
      perTerm[term] = (perTerm[term] ?? 0) + 1;
    }
  }
  const fill = new Uint32Array(terms);
  let total = 0;
  for (let term = 0; term < terms; term += 1) {
    fill[term] = total;
    total += perTerm[term] ?? 0;
  }
  return { chunks: [chunk], fill, starts: Uint32Array.from(fill), total };
}

/** Runs the fill to its end, noting for each step the ids it wrote and the pages of `words` first written in it. */
function filled(limits: FillLimits) {
  const { chunks, fill, starts, total } = store(300, 2_000, 200, 7);
  const words = new Uint32Array(total);
  const written = new Set<number>();
  let fresh = 0;
  let ids = 0;
  // Sees every write to the lists (the fill indexes `words` and nothing else reads it meanwhile).
  const watched = new Proxy(words, {
    get: (target, key) => Reflect.get(target, key) as unknown,
    set(target, key, value: number) {
      const at = Number(key);
      if (!written.has(Math.floor(at / pageWords))) {
        written.add(Math.floor(at / pageWords));
        fresh += 1;
      }
      target[at] = value;
      ids += 1;
      return true;
    },
  });
  const freshPerStep: number[] = [];
  const idsPerStep: number[] = [];
  const steps = fillPostingIdsSteps(chunks, fill, watched, limits);
  while (steps.next().done !== true) {
    freshPerStep.push(fresh);
    idsPerStep.push(ids);
    fresh = 0;
    ids = 0;
  }
  freshPerStep.push(fresh);
  idsPerStep.push(ids);
  return { words, starts, freshPerStep, idsPerStep, pages: written.size, chunks };
}

describe("the fill of a rebuild's body lists", () => {
  it('writes each article under each of its terms, in the order the articles were added', () => {
    const { words, starts, chunks } = filled({ idsPerStep: 5_000, freshPagesPerStep: 8 });

    const lists = Array.from({ length: 2_000 }, (): number[] => []);
    for (let id = 1; id <= 300; id += 1)
      for (let k = 0; k < 200; k += 1) lists[(id + k * 7) % 2_000]?.push(id);
    const read = lists.map((list, term) => [
      ...words.subarray(starts[term], (starts[term] ?? 0) + list.length),
    ]);
    expect(read).toEqual(lists);
    expect(chunks.every((chunk) => chunk.length === 0)).toBe(true);
  });

  it('maps at most its share of fresh pages of the lists between two pauses', () => {
    const { freshPerStep, pages } = filled({ idsPerStep: 1 << 17, freshPagesPerStep: 8 });

    // The lists (300 articles × 200 terms) span 59 pages; the first article alone writes to 200 lists.
    expect(pages).toBe(59);
    expect(Math.max(...freshPerStep)).toBeLessThanOrEqual(8);
  });

  it('pauses only once a step has written its share of ids or mapped its share of fresh pages', () => {
    const limits = { idsPerStep: 500, freshPagesPerStep: 8 };
    const { freshPerStep, idsPerStep } = filled(limits);

    // Every pause but the end's: neither count carries over from the step before (nor does the
    // part of an article written before a pause inside it count again).
    const early = freshPerStep
      .slice(0, -1)
      .map((fresh, step) => ({ step, fresh, ids: idsPerStep[step] ?? 0 }))
      .filter(({ fresh, ids }) => fresh < limits.freshPagesPerStep && ids < limits.idsPerStep);
    expect(early).toEqual([]);
    expect(freshPerStep.length).toBeGreaterThan(8);
  });
});
