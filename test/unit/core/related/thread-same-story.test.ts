import { describe, expect, it } from 'vitest';
import { candidatePairScore, comparablePair } from '../../../../main/core/related/cast-without-story.ts';
import {
  heldScore,
  holdUncorroborated,
  type CorroborationCandidate,
} from '../../../../main/core/related/corroboration.ts';
import { cappedScore } from '../../../../main/core/related/explain-relation.ts';
import {
  liftByThreads,
  sharesSpecific,
  type ThreadCandidate,
} from '../../../../main/core/related/thread-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';
import type { ArticleSummary } from '../../../../main/shared/types.ts';

// Round 14 of related-story scoring (issue 6): a thread or a backer vouches for a story only through
// that story's own evidence. A trap sharing a city and a kind of story with one member of a cluster
// is not lifted into the other members' lists, nor does it make a look-alike confident.

const title = (id: number): string => `Article ${id}`;
const strongNeighbour = [{ id: 2, strength: 0.99 }];
const candidate = (extra: Partial<ThreadCandidate> = {}): ThreadCandidate => ({
  id: 3,
  score: 0.076,
  reasons: [],
  pieces: 1,
  ...extra,
});

describe('liftByThreads (round 14)', () => {
  it('lifts a candidate sharing something of the story through a strong common neighbour', () => {
    const [out] = liftByThreads([candidate({ specific: true })], strongNeighbour, () => 0.95, title);

    expect(out?.reasons[0]).toEqual({ kind: 'thread', via: { id: 2, title: 'Article 2' } });
  });

  it('does not lift a candidate its own texts judged another story, however strong the thread', () => {
    const [out] = liftByThreads(
      [candidate({ specific: true, otherStory: true })],
      strongNeighbour,
      () => 0.95,
      title,
    );

    expect(out?.score).toBe(0.076);
    expect(out?.reasons).toEqual([]);
  });

  it('does not lift a candidate sharing only the scene with the article', () => {
    const [out] = liftByThreads([candidate({ specific: false })], strongNeighbour, () => 0.95, title);

    expect(out?.score).toBe(0.076);
    expect(out?.reasons).toEqual([]);
  });
});

describe('sharesSpecific', () => {
  const evidence = (extra: Partial<Parameters<typeof sharesSpecific>[0]> = {}) => ({
    entities: [],
    numbers: [],
    terms: [],
    ...extra,
  });

  it('counts a rare name, a rare figure or a word almost only the pair uses', () => {
    expect(sharesSpecific(evidence({ entities: [{ name: 'Molde', type: 'place', weight: 0.91 }] }))).toBe(
      true,
    );
    expect(sharesSpecific(evidence({ numbers: [{ value: '4600', weight: 1 }] }))).toBe(true);
    expect(sharesSpecific(evidence({ terms: [{ word: 'glucose', weight: 1 }] }))).toBe(true);
  });

  it('does not count well-known places, a span of time or words of a kind of story', () => {
    const sceneOnly = evidence({
      entities: [
        { name: 'Riga', type: 'place', weight: 0.36, scene: true },
        { name: 'Vilnius', type: 'place', weight: 0.45, scene: true },
      ],
      numbers: [{ value: 'two days', weight: 1, span: true }],
      terms: [
        { word: 'supervisor', weight: 0.82 },
        { word: 'fraud', weight: 0.56 },
      ],
    });

    expect(sharesSpecific(sceneOnly)).toBe(false);
  });
});

describe('holdUncorroborated (round 14)', () => {
  const confident = (id: number, score: number): CorroborationCandidate => ({
    id,
    score,
    figures: 0,
    copy: false,
    via: null,
  });

  it('is not backed by a candidate that shares only the scene with the article', () => {
    const out = holdUncorroborated(
      [confident(1, 0.9)],
      [
        { id: 1, score: 0.9, specific: true },
        { id: 2, score: 0.4, specific: false },
      ],
      () => 0.99,
    );

    expect(out[0]?.score).toBe(heldScore(0.9));
  });

  it('is backed by a candidate that shares something of the story with the article', () => {
    const out = holdUncorroborated(
      [confident(1, 0.9)],
      [
        { id: 1, score: 0.9, specific: true },
        { id: 2, score: 0.4, specific: true },
      ],
      () => 0.99,
    );

    expect(out[0]?.score).toBe(0.9);
  });
});

describe('pairs of two candidates', () => {
  const words = (count: number): FeatureRow[] =>
    Array.from({ length: count }, (_, i) => ({ key: `t:w${i}`, weight: 0.1, type: null, label: null }));
  const summary = (id: number, lang: string | null) => ({ id, lang }) as unknown as ArticleSummary;
  const summaries = new Map([
    [1, summary(1, 'en')],
    [2, summary(2, 'en-GB')],
    [3, summary(3, 'de')],
    [4, summary(4, 'en')],
  ]);
  const features = new Map([
    [1, words(40)],
    [2, words(40)],
    [3, words(40)],
    [4, words(5)],
  ]);
  const comparable = comparablePair(summaries, (id) => features.get(id) ?? []);

  it('compares two long texts in one language, not two languages, a brief or an unknown article', () => {
    expect(comparable(1, 2)).toBe(true);
    expect(comparable(1, 3)).toBe(false);
    expect(comparable(1, 4)).toBe(false);
    expect(comparable(1, 9)).toBe(false);
  });

  it('holds comparable candidates sharing nothing of what happened at the single-piece score', () => {
    expect(candidatePairScore({ score: 0.99, topic: 0 }, true)).toBe(cappedScore);
    expect(candidatePairScore({ score: 0.99, topic: 1 }, true)).toBe(0.99);
    expect(candidatePairScore({ score: 0.99, topic: 0 }, false)).toBe(0.99);
  });
});
