import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../../support/seeded-random.ts';
import { SearchIndex } from '../../../../../main/core/search/search-index.ts';
import { keyId, scoreKey } from '../../../../../main/core/search/query/descending-keys.ts';
import { specsOf } from '../../../../../main/core/search/query/gather-candidates.ts';
import { matchGroup, type PostingSource } from '../../../../../main/core/search/query/match-group.ts';
import { rankByBits, type RankedHit } from '../../../../../main/core/search/query/rank-by-bits.ts';
import { PrefixCache } from '../../../../../main/core/search/query/prefix-cache.ts';
import { ScoreBoard } from '../../../../../main/core/search/query/score-board.ts';
import type { QueryTerm } from '../../../../../main/core/search/query/query-terms.ts';

// Words sharing prefixes (so a typed prefix is itself a word and has completions), and common ones.
const words = [
  'storm',
  'stormy',
  'store',
  'stop',
  'stone',
  'harbour',
  'harm',
  'the',
  'and',
  'port',
  'porter',
  'rain',
];

function pick(next: () => number, count: number): string {
  return Array.from({ length: count }, () => words[Math.floor(next() * words.length)]).join(' ');
}

/** An index of articles with random titles, bylines, sites and bodies; ids with gaps, some changed or removed. */
function randomIndex(seed: number, articles: number): SearchIndex {
  const next = random(seed);
  const index = new SearchIndex();
  for (let i = 0; i < articles; i += 1) {
    const id = 1 + i * 3 + Math.floor(next() * 3);
    const article = {
      id,
      title: pick(next, Math.floor(next() * 4)),
      byline: next() < 0.2 ? pick(next, 1) : '',
      siteName: next() < 0.2 ? pick(next, 1) : '',
      body: pick(next, 1 + Math.floor(next() * 8)),
    };
    index.add(article);
    if (next() < 0.05) index.update({ ...article, title: pick(next, 2), body: pick(next, 3) });
    if (next() < 0.05) index.remove(article);
  }
  return index;
}

/** The reference: every hit scored by matchGroup, sorted by score then newest, as the generic path does. */
function scoredOneByOne(group: QueryTerm[], index: SearchIndex, keep: (id: number) => boolean): RankedHit[] {
  const source: PostingSource = (field, term) => index.postings(field, term);
  const { ids, scores } = matchGroup(specsOf(group, index), source, new ScoreBoard());
  const keyed = [...ids.keys()]
    .filter((i) => keep(ids[i] ?? 0))
    .map((i) => ({ key: scoreKey(scores[i] ?? 0, ids[i] ?? 0), score: scores[i] ?? 0 }));
  return keyed.sort((a, b) => b.key - a.key).map(({ key, score }) => ({ id: keyId(key), score }));
}

function rankedByBits(
  group: QueryTerm[],
  index: SearchIndex,
  board: ScoreBoard,
  keep: ((id: number) => boolean) | null,
  prefixes?: PrefixCache,
): RankedHit[] {
  const source: PostingSource = (field, term) => index.postings(field, term);
  const ranked = rankByBits({ specs: specsOf(group, index, prefixes), source, board, keep, bonus: 0 });
  if (ranked === null) throw new Error('the ranking by bits declined a plain AND-group');
  return Array.from({ length: ranked.length }, (_, rank) => ranked.at(rank)).filter((h) => h !== undefined);
}

function randomGroup(next: () => number): QueryTerm[] {
  const count = 1 + Math.floor(next() * 3);
  const group: QueryTerm[] = Array.from({ length: count }, () => ({
    kind: 'word' as const,
    text: words[Math.floor(next() * words.length)] ?? 'the',
    prefix: false,
  }));
  // Half the queries are still being typed: the last word is a prefix of 2–5 letters.
  if (next() < 0.5) {
    const last = words[Math.floor(next() * words.length)] ?? 'the';
    group.push({ kind: 'word', text: last.slice(0, 2 + Math.floor(next() * 4)), prefix: true });
  }
  return group;
}

describe('ranking an AND-group from bit sets', () => {
  it('gives the same hits, order and scores as scoring every hit, over 300 random queries', () => {
    const index = randomIndex(7, 600);
    const next = random(11);
    const board = new ScoreBoard();
    for (let q = 0; q < 300; q += 1) {
      const group = randomGroup(next);
      const divisor = 2 + Math.floor(next() * 3);
      const keep = next() < 0.5 ? null : (id: number) => id % divisor !== 0;
      const expected = scoredOneByOne(group, index, keep ?? (() => true));
      expect(rankedByBits(group, index, board, keep), JSON.stringify(group)).toEqual(expected);
    }
  });

  it('gives the same ranking when typed prefixes come from the cache of recent prefixes', () => {
    const index = randomIndex(13, 900);
    const next = random(17);
    const board = new ScoreBoard();
    const prefixes = new PrefixCache();
    let cachedBitsUsed = 0;
    for (let q = 0; q < 300; q += 1) {
      const group = randomGroup(next);
      const keep = next() < 0.5 ? null : (id: number) => id % 3 !== 0;
      const last = group.at(-1);
      if (last?.kind === 'word' && last.prefix && prefixes.entry(last.text, index).bits !== null)
        cachedBitsUsed += 1;
      const expected = scoredOneByOne(group, index, keep ?? (() => true));
      expect(rankedByBits(group, index, board, keep, prefixes), JSON.stringify(group)).toEqual(expected);
    }
    // Most prefixes recur among 300 queries over twelve words: their bits came from the cache.
    expect(cachedBitsUsed).toBeGreaterThan(50);
  });

  it('gives the id at each rank alone as the hit at that rank, read in any order and past the end', () => {
    const index = randomIndex(19, 1500);
    const next = random(23);
    const board = new ScoreBoard();
    let longest = 0;
    for (let q = 0; q < 100; q += 1) {
      const group = randomGroup(next);
      const ranked = rankByBits({
        specs: specsOf(group, index),
        source: (field, term) => index.postings(field, term),
        board,
        keep: null,
        bonus: 0,
      });
      if (ranked === null) throw new Error('the ranking by bits declined a plain AND-group');
      const expected = scoredOneByOne(group, index, () => true);
      longest = Math.max(longest, expected.length);
      // From the far end first, then from the start, mixing ids and whole hits.
      const last = expected.length - 1;
      expect(ranked.idAt?.(last + 1)).toBeUndefined();
      expect(ranked.idAt?.(last)).toBe(expected[last]?.id);
      const ids = expected.map((_, rank) => (rank % 3 === 0 ? ranked.at(rank)?.id : ranked.idAt?.(rank)));
      expect(ids, JSON.stringify(group)).toEqual(expected.map((hit) => hit.id));
      expect(rankedByBits(group, index, board, null)).toEqual(expected);
    }
    // Long enough that the ids read outgrow their first array.
    expect(longest).toBeGreaterThan(256);
  });

  it('counts every hit even when the page read is short', () => {
    const index = randomIndex(3, 400);
    const group: QueryTerm[] = [{ kind: 'word', text: 'the', prefix: false }];
    const ranked = rankByBits({
      specs: specsOf(group, index),
      source: (field, term) => index.postings(field, term),
      board: new ScoreBoard(),
      keep: null,
      bonus: 0,
    });

    expect(ranked?.length).toBe(scoredOneByOne(group, index, () => true).length);
    expect(ranked?.at(0)).toEqual(scoredOneByOne(group, index, () => true)[0]);
  });

  it('makes room for ids beyond its sets and ranks them like the rest', () => {
    const index = randomIndex(5, 1500);
    const board = new ScoreBoard();
    const group: QueryTerm[] = [{ kind: 'word', text: 'st', prefix: true }];

    expect(board.idCapacity).toBeLessThan(4000);
    expect(rankedByBits(group, index, board, null)).toEqual(scoredOneByOne(group, index, () => true));
    expect(board.idCapacity).toBeGreaterThan(4000);
  });

  it('scores an article added after its sets grew, whose id shares their last word, by its title', () => {
    const index = new SearchIndex();
    for (const id of [1, 2500]) index.add({ id, title: '', byline: '', siteName: '', body: 'harbour' });
    const board = new ScoreBoard();
    const group: QueryTerm[] = [{ kind: 'word', text: 'harbour', prefix: false }];
    rankedByBits(group, index, board, null);
    // Grown to the largest id + 1, which is not a whole number of 32-id words.
    expect(board.idCapacity % 32).not.toBe(0);
    const next = board.idCapacity + 2;
    expect(Math.ceil(next / 32)).toBe(Math.ceil(board.idCapacity / 32));

    index.add({ id: next, title: 'Harbour', byline: '', siteName: '', body: 'harbour' });

    expect(rankedByBits(group, index, board, null)[0]).toEqual(scoredOneByOne(group, index, () => true)[0]);
    expect(rankedByBits(group, index, board, null)[0]?.id).toBe(next);
  });

  it('adds the phrase bonus to every score without changing the order', () => {
    const index = randomIndex(9, 200);
    const group: QueryTerm[] = [{ kind: 'word', text: 'harbour', prefix: false }];
    const source: PostingSource = (field, term) => index.postings(field, term);
    const plain = scoredOneByOne(group, index, () => true);
    const ranked = rankByBits({
      specs: specsOf(group, index),
      source,
      board: new ScoreBoard(),
      keep: null,
      bonus: 8,
    });

    expect(plain.length).toBeGreaterThan(0);
    expect(Array.from({ length: plain.length }, (_, r) => ranked?.at(r))).toEqual(
      plain.map((h) => ({ id: h.id, score: h.score + 8 })),
    );
  });

  it('finds nothing when one word is in no article', () => {
    const index = randomIndex(1, 100);
    const group: QueryTerm[] = [
      { kind: 'word', text: 'storm', prefix: false },
      { kind: 'word', text: 'zeppelin', prefix: false },
    ];

    expect(rankedByBits(group, index, new ScoreBoard(), null)).toEqual([]);
  });
});
