import { describe, expect, it } from 'vitest';
import { PairPostings } from '../../../../main/core/search/pair-postings.ts';
import { seededRandom as random } from '../../support/seeded-random.ts';

/** An article of one field, its words as indexed terms. */
const text = (words: string): string[][] => [words.split(' ')];

/** Postings that sampled `sample` articles holding "the", "said", "is", "storm", "in", "to" and chose those terms. */
function sampled(sample = 4): PairPostings {
  const postings = new PairPostings(sample);
  for (let id = 1; id <= sample; id += 1) postings.post(id, text('the storm said is in to'));
  return postings;
}

/** Whether `postings` lets each of `ids` hold `phrase` (true when they tell nothing). */
const allowed = (postings: PairPostings, phrase: string, ids: readonly number[]): boolean[] => {
  const holders = postings.holders(phrase.split(' '));
  return ids.map((id) => holders?.(id) ?? true);
};

/** The saved layout, made without pausing. */
const saved = (postings: PairPostings): Promise<Uint32Array> =>
  postings.layoutInSlices(() => Promise.resolve());

describe('pair postings', () => {
  it('list nothing while they sample, then choose the terms most sampled articles hold', () => {
    const postings = new PairPostings(3);
    postings.post(1, text('the storm said is in to'));
    postings.post(2, text('the storm said is in to'));
    expect(postings.chosen).toBe(false);
    expect(postings.holders(['storm', 'said'])).toBeNull();
    postings.post(3, text('the storm said is in to rarely'));
    expect(postings.chosen).toBe(true);
    // The sampled articles themselves are not covered: the filters decide for them.
    expect(postings.covered).toBe(0);
  });

  it('reject a covered article that lacks a rare pair of common terms, and leave the others to the filters', () => {
    const postings = sampled();
    postings.post(10, text('in the storm said'));
    postings.post(11, text('the storm is said in'));
    postings.post(12, text('said the storm'));
    // 10 holds "storm said"; 11 and 12 have both words apart; 1 was sampled; 99 was never posted.
    expect(allowed(postings, 'storm said', [10, 11, 12, 1, 99])).toEqual([true, false, false, true, true]);
  });

  it('key the three words around a short one together', () => {
    const postings = sampled();
    postings.post(10, text('said is the storm'));
    postings.post(11, text('said is in the storm is the'));
    // Both hold "said is" and "is the"; only 10 holds "said is the".
    expect(allowed(postings, 'said is the', [10, 11])).toEqual([true, false]);
  });

  it('reject every covered article for a pair none of them holds', () => {
    const postings = sampled();
    postings.post(10, text('the storm said'));
    expect(allowed(postings, 'to in', [10, 2])).toEqual([false, true]);
  });

  it('tell nothing of a phrase with a rarer word, or whose pairs are all frequent', () => {
    const postings = sampled();
    for (let id = 10; id < 40; id += 1) postings.post(id, text('the storm rarely said'));
    // "rarely" was in one sampled article of four: not common, so nothing is listed for it.
    expect(postings.holders(['storm', 'rarely'])).toBeNull();
    // Thirty covered articles hold "the storm": more than the 16 a list keeps.
    expect(postings.holders(['the', 'storm'])).toBeNull();
    expect(postings.holders(['storm', 'said'])).not.toBeNull();
  });

  it('never reject an article that holds the phrase, on a thousand random texts', () => {
    const next = random(5);
    const words = ['the', 'in', 'to', 'is', 'said', 'storm', 'rain', 'flood', 'of', 'a', 'river', 'town'];
    const word = (): string => words[Math.floor(next() * next() * words.length)] ?? 'the';
    const sentence = (length: number): string[] => Array.from({ length }, word);
    const postings = new PairPostings(50);
    const articles = new Map<number, string[][]>();
    for (let id = 1; id <= 1000; id += 1) {
      const fields = [sentence(3), sentence(20 + Math.floor(next() * 40))];
      articles.set(id, fields);
      postings.post(id, fields);
    }
    const holds = (fields: readonly string[][], phrase: readonly string[]): boolean =>
      fields.some((terms) => terms.some((_, at) => phrase.every((term, i) => terms[at + i] === term)));
    let rejected = 0;
    for (let asked = 0; asked < 300; asked += 1) {
      const phrase = sentence(2 + Math.floor(next() * 2));
      const holders = postings.holders(phrase);
      if (holders === null) continue;
      for (const [id, fields] of articles) {
        if (holds(fields, phrase))
          expect({ id, phrase, allowed: holders(id) }).toEqual({ id, phrase, allowed: true });
        else if (!holders(id)) rejected += 1;
      }
    }
    // The lists must have ruled out many articles, or never rejecting would be trivial.
    expect(rejected).toBeGreaterThan(10_000);
  });

  it('save and restore the same lists, and keep listing after a restore', async () => {
    const postings = sampled();
    postings.post(10, text('in the storm said'));
    postings.post(11, text('the storm is said in'));
    const words = await saved(postings);
    const restored = new PairPostings(4);
    restored.restore(words);
    expect(restored.covered).toBe(2);
    expect(allowed(restored, 'storm said', [10, 11, 1])).toEqual([true, false, true]);
    // Saving what was restored writes the same layout.
    expect(await saved(restored)).toEqual(words);
    restored.post(12, text('the storm said'));
    expect(allowed(restored, 'storm said', [10, 11, 12])).toEqual([true, false, true]);
  });

  it('leave to the filters an article changed while its saved lists were read', async () => {
    const postings = sampled();
    postings.post(10, text('in the storm said'));
    postings.post(11, text('the storm is said in'));
    const restored = new PairPostings(4);
    restored.restore(await saved(postings), [11]);
    expect(allowed(restored, 'storm said', [10, 11])).toEqual([true, true]);
  });

  it('refuse saved lists that are torn or of another format, taking nothing', async () => {
    const postings = sampled();
    postings.post(10, text('in the storm said'));
    const words = await saved(postings);
    const other = Uint32Array.from(words);
    other[0] = 99;
    const fresh = new PairPostings(4);
    expect(() => {
      fresh.restore(other);
    }).toThrow(/another format/u);
    expect(() => {
      fresh.restore(words.subarray(0, words.length - 1));
    }).toThrow(/torn/u);
    expect(fresh.chosen).toBe(false);
  });
});
