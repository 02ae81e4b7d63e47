import { describe, expect, it } from 'vitest';
import {
  explainRelation,
  topicPieces,
  type Evidence,
} from '../../../../main/core/related/explain-relation.ts';
import { byScoreThenId } from '../../../../main/core/related/score-related.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';

// Round 4 of related-story scoring (issue 6): the rules that keep look-alike stories out of the top 3.

const none: Evidence = { entities: [], numbers: [], terms: [], similarity: 0, words: [], days: null };
const court = { name: 'Court of Justice', type: 'organisation', weight: 1, scene: true };
const city = { name: 'Luxembourg', type: 'place', weight: 0.5, scene: true };
const person = { name: 'Line Bergmann', type: 'person', weight: 1 };
/** Three words both texts use once each, rare in the library. */
const passingWords = ['followed', 'argued', 'decision'].map((word) => ({ word, weight: 0.7 }));
/** Minimum score a suggestion needs to be shown at all (related-api.ts). */
const shown = 0.1;

const row = (key: string, label: string, type: string | null = null): FeatureRow => ({
  key,
  weight: 1,
  label,
  type,
});

describe('related-story evidence rules', () => {
  it('does not show a pair that shares only one thing, such as a court and its city', () => {
    const { score } = explainRelation({ ...none, entities: [court, city], days: 0 });

    expect(score).toBeLessThan(shown);
  });

  it('does not let words used in passing turn a shared court into one story when the texts are unlike', () => {
    const { score } = explainRelation({
      ...none,
      entities: [court, city],
      terms: passingWords,
      similarity: 0.04,
      days: 2,
    });

    expect(score).toBeLessThan(shown);
  });

  it('lets the same words back a shared rare name, even when the texts are unlike overall', () => {
    const { score } = explainRelation({
      ...none,
      entities: [person],
      terms: passingWords,
      similarity: 0.04,
      days: 4,
    });

    expect(score).toBeGreaterThanOrEqual(0.5);
  });

  it('does not let words used in passing say what happened beside a shared institution alone', () => {
    // Round 41: the same archaeology institute digging two sites two days apart (held-out-36) shared a
    // few rare words in passing ("shoulder", "excavation"); beside the institute they counted as wording.
    const institute = {
      name: 'Institute of Archaeology',
      type: 'organisation',
      weight: 1,
      institution: true,
    };
    const unlike = { ...none, terms: passingWords, similarity: 0.04, days: 2 };

    expect(topicPieces({ ...unlike, entities: [institute, city] })).toBe(0);
    expect(topicPieces({ ...unlike, entities: [person, city] })).toBe(1);
  });

  it('counts many rare shared words as a piece when they make the texts alike', () => {
    const { score } = explainRelation({
      ...none,
      entities: [court, city],
      terms: passingWords,
      similarity: 0.15,
      days: 2,
    });

    expect(score).toBeGreaterThanOrEqual(0.5);
  });

  it('does not show a pair sharing only a scene and wording when they are more than a week apart', () => {
    const evidence = { ...none, entities: [court, city], terms: passingWords, similarity: 0.15 };

    expect(explainRelation({ ...evidence, days: 8 }).score).toBeLessThan(shown);
    expect(explainRelation({ ...evidence, days: null }).score).toBeLessThan(shown);
    expect(explainRelation({ ...evidence, days: 6 }).score).toBeGreaterThanOrEqual(0.5);
  });

  it('still suggests a pair a week or more apart when it shares a rare name besides the scene', () => {
    const { score } = explainRelation({ ...none, entities: [court, city, person], days: 10 });

    expect(score).toBeGreaterThanOrEqual(0.5);
  });

  it('weighs a person named by one word too little to count as a piece of evidence on its own', () => {
    const own = [row('e:p:affaires', 'Affaires', 'person'), row('e:p:lavrov', 'Sergey Lavrov', 'person')];

    const evidence = sharedEvidence(own, own, () => 1, 1000);

    expect(evidence.entities.map((e) => [e.name, e.weight])).toEqual([
      ['Affaires', 0.4],
      ['Sergey Lavrov', 1],
    ]);
    expect(explainRelation({ ...evidence, days: 7 }).score).toBeLessThan(shown);
  });

  it('ranks equal scores by article id, whatever order the candidates came in', () => {
    const candidates = [
      { id: 9, score: 0.7, reasons: [] },
      { id: 3, score: 0.9, reasons: [] },
      { id: 5, score: 0.7, reasons: [] },
      { id: 4, score: 0.7, reasons: [] },
    ];

    expect([...candidates].sort(byScoreThenId).map((c) => c.id)).toEqual([3, 4, 5, 9]);
    expect(
      [...candidates]
        .reverse()
        .sort(byScoreThenId)
        .map((c) => c.id),
    ).toEqual([3, 4, 5, 9]);
  });
});
