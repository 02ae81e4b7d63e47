import { describe, expect, it } from 'vitest';
import {
  isConfident,
  precisionAt,
  recallAt,
  relatedFigures,
  trapSlots,
  type QueryTruth,
  type RankedFile,
} from '../../bench/related/related-metrics.ts';
import { jaccard, rankByWordOverlap, wordSet } from '../../bench/related/word-overlap.ts';

const ranked = (...files: string[]): RankedFile[] => files.map((file, i) => ({ file, score: 0.9 - i / 10 }));

describe('related metrics', () => {
  it('precision@3 divides the relevant top-3 hits by three when the cluster has three others or more', () => {
    expect(precisionAt(3, ranked('a', 'x', 'b', 'c'), new Set(['a', 'b', 'c']))).toBeCloseTo(2 / 3);
  });

  it('precision@3 divides by the number of others when a cluster has fewer than four articles', () => {
    expect(precisionAt(3, ranked('x', 'a', 'y'), new Set(['a', 'b']))).toBe(0.5);
    expect(precisionAt(3, ranked('b', 'a', 'y'), new Set(['a', 'b']))).toBe(1);
  });

  it('recall@5 counts the relevant among the top five over all relevant', () => {
    expect(recallAt(5, ranked('x', 'a', 'y', 'z', 'w', 'b'), new Set(['a', 'b', 'c']))).toBeCloseTo(1 / 3);
  });

  it('precision and recall are null for a singleton, which has nothing relevant', () => {
    expect(precisionAt(3, ranked('a'), new Set())).toBeNull();
    expect(recallAt(5, ranked('a'), new Set())).toBeNull();
  });

  it('counts trap partners only within the top k slots', () => {
    expect(trapSlots(3, ranked('t1', 'a', 'b', 't2'), new Set(['t1', 't2']))).toBe(1);
  });

  it('a ranking is confident when any score reaches 0.5', () => {
    expect(isConfident([{ file: 'a', score: 0.49 }])).toBe(false);
    expect(
      isConfident([
        { file: 'a', score: 0.2 },
        { file: 'b', score: 0.5 },
      ]),
    ).toBe(true);
  });

  it('averages per-article figures and spreads the trap rate over three slots per queried article', () => {
    const queries: QueryTruth[] = [
      { file: 'a1', relevant: new Set(['a2', 'a3']), trapPartners: new Set(['b1']), singleton: false },
      { file: 'a2', relevant: new Set(['a1', 'a3']), trapPartners: new Set(['b1']), singleton: false },
      { file: 's', relevant: new Set(), trapPartners: new Set(['a1']), singleton: true },
    ];
    const rankings = new Map<string, RankedFile[]>([
      ['a1', ranked('a2', 'b1', 'a3')],
      ['a2', ranked('b1', 'x')],
      ['s', [{ file: 'a1', score: 0.6 }]],
    ]);
    const figures = relatedFigures(queries, (file) => rankings.get(file) ?? []);
    // a1: 2/2 in the top 3, a2: 0/2 → 0.5; recall the same; trap slots 1 + 1 + 1 of 9.
    expect(figures).toEqual({
      queries: 3,
      precisionAt3: 0.5,
      recallAt5: 0.5,
      trapRateAt3: 3 / 9,
      singletonFalseConfidence: 1,
    });
  });

  it('gives null figures for an empty subset', () => {
    expect(relatedFigures([], () => [])).toEqual({
      queries: 0,
      precisionAt3: null,
      recallAt5: null,
      trapRateAt3: null,
      singletonFalseConfidence: null,
    });
  });
});

describe('word-overlap baseline', () => {
  it('keeps lowercased words of four or more characters in any script', () => {
    expect([...wordSet('The Лавров met Lavrov in Astana, 2027 and 38 tons')].sort()).toEqual(
      ['2027', 'astana', 'lavrov', 'tons', 'лавров'].sort(),
    );
  });

  it('computes Jaccard as shared over union', () => {
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBe(0.5);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it('ranks the other documents by overlap, never the document itself', () => {
    const rankings = rankByWordOverlap(
      [
        { file: 'storm', text: 'storm winds power cuts cornwall' },
        { file: 'storm2', text: 'storm winds power lines' },
        { file: 'court', text: 'court judges ruling cornwall' },
      ],
      10,
    );
    expect(rankings.get('storm')?.map((r) => r.file)).toEqual(['storm2', 'court']);
  });
});
