import { describe, expect, it } from 'vitest';
import {
  heldScore,
  holdUncorroborated,
  type CorroborationCandidate,
} from '../../../../main/core/related/corroboration.ts';
import { figurePieces } from '../../../../main/core/related/explain-relation.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import {
  addArticles,
  fillerTopics,
  followUp,
  relatedTestDb,
  suggestionsFor,
  talks,
} from './related-test-db.ts';

// Round 10 of related-story scoring (issue 6): a confident score needs backing — a shared figure or
// date, a copy, or another of the article's candidates the candidate is itself related to. A trap
// sharing only who and where (the same minister, the same office and city) is related to the article
// alone, so it stays under the confident line; so does a singleton's look-alike.

const candidate = (
  id: number,
  score: number,
  extra: Partial<CorroborationCandidate> = {},
): CorroborationCandidate => ({ id, score, figures: 0, copy: false, via: null, ...extra });

const never = (): number => 0;

describe('holdUncorroborated', () => {
  it('holds a confident candidate nothing backs under the confident line, keeping the order of the held', () => {
    const out = holdUncorroborated([candidate(1, 0.99), candidate(2, 0.8)], [], never);

    expect(out.map((c) => c.score)).toEqual([heldScore(0.99), heldScore(0.8)]);
    expect(out[0]?.score).toBeLessThan(0.5);
    expect(out[0]?.score).toBeGreaterThan(out[1]?.score ?? 1);
  });

  it('keeps confident a candidate another of the article’s candidates is itself confidently related to', () => {
    const scored = [candidate(1, 0.9), candidate(2, 0.3)];
    const out = holdUncorroborated(scored, scored, (a, b) => (a === 1 && b === 2 ? 0.7 : 0));

    expect(out[0]?.score).toBe(0.9);
  });

  it('keeps confident a candidate backed by a shared figure or date, or a copy', () => {
    const out = holdUncorroborated(
      [candidate(1, 0.9, { figures: 1 }), candidate(2, 0.95, { copy: true })],
      [],
      never,
    );

    expect(out.map((c) => c.score)).toEqual([0.9, 0.95]);
  });

  it('judges a corroborator on its own evidence, not on a score lifted through the candidate', () => {
    const trap = candidate(1, 0.85);
    const liftedThroughTrap = candidate(2, 0.6, { via: 1 });
    const out = holdUncorroborated([trap, liftedThroughTrap], [trap, candidate(2, 0.05)], () => 0.9);

    expect(out.every((c) => c.score < 0.5)).toBe(true);
  });

  it('leaves a score under the confident line as it is', () => {
    expect(holdUncorroborated([candidate(1, 0.3)], [], never)[0]?.score).toBe(0.3);
  });
});

describe('what backs a confident score', () => {
  it('does not count a span of time ("two days") as a figure of what happened', () => {
    const span = { key: 'n:2d', weight: 1, label: 'two days', type: null };
    const amount = { key: 'n:2300', weight: 1, label: '2,300', type: null };
    const evidence = (features: (typeof span)[]) => ({
      ...sharedEvidence(features, features, () => 2, 100),
      days: 1,
    });

    expect(figurePieces(evidence([span]))).toBe(0);
    expect(figurePieces(evidence([amount]))).toBe(1);
  });

  it('shows a pair sharing two names and wording but nothing else first, not as confident', async () => {
    const { db, related } = await relatedTestDb();
    // Ten days on: within a week two rare full names are the story's own cast (round 35,
    // named-cast-backing.ts) and back the pair; after it, nothing does.
    const later = { ...followUp, date: '2026-02-11' };
    const [first, second] = addArticles(db, related, [talks, later, ...fillerTopics]);

    const [top] = await suggestionsFor(related, first);

    expect(top?.article.id).toBe(second);
    expect(top?.score).toBeGreaterThan(0.4);
    expect(top?.score).toBeLessThan(0.5);
  });

  it('makes the pair confident when a third article of the story is related to both', async () => {
    const { db, related } = await relatedTestDb();
    const [first, second] = addArticles(db, related, [
      talks,
      followUp,
      {
        text: 'Anatoly Antonov told reporters the talks with Sergey Lavrov on warheads stalled and that the envoy and the ministers will write again.',
        entities: [
          ['Anatoly Antonov', 'person'],
          ['Sergey Lavrov', 'person'],
        ],
        date: '2026-02-04',
      },
      ...fillerTopics,
    ]);

    const suggestions = await suggestionsFor(related, first);

    expect(suggestions.find((s) => s.article.id === second)?.score).toBeGreaterThanOrEqual(0.5);
  });
});
