import { describe, expect, it } from 'vitest';
import {
  cappedScore,
  explainRelation,
  type Evidence,
} from '../../../../main/core/related/explain-relation.ts';
import {
  holdWideSceneAndOneFigure,
  sharesOnlyWideSceneAndOneFigure,
} from '../../../../main/core/related/wide-scene-and-one-figure.ts';

// Round 26 of related-story scoring (issue 6): two singletons months apart shared a bloc, a country,
// its capital and a neighbour (each name common, together a scene piece) and one percentage, in
// unlike wording: where and one number, not one story. Such a pair is not confident, and not shown.

type Entity = Evidence['entities'][number];
const bloc: Entity = { name: 'Union', type: 'organisation', weight: 0.53, scene: true, institution: true };
const country: Entity = { name: 'Estland', type: 'place', weight: 0.41, scene: true };
const capital: Entity = { name: 'Tallinn', type: 'place', weight: 0.41, scene: true };
const neighbour: Entity = { name: 'Finland', type: 'place', weight: 0.35, scene: true };
/** A few rare words each text uses in passing: too few to be the story's wording. */
const passingWords = ['estimates', 'save', 'half'].map((word) => ({ word, weight: 0.35 }));
const evidence: Evidence = {
  entities: [bloc, country, capital, neighbour],
  numbers: [{ value: '8 per cent', weight: 0.7 }],
  terms: passingWords,
  similarity: 0.04,
  words: [],
  days: 120,
};

/** The pair as score-related.ts sees it: scored on its evidence, then held by the rule. */
const heldScore = (shared: Evidence): number => {
  const candidate = {
    score: explainRelation(shared).score,
    copy: false,
    wideSceneOnly: sharesOnlyWideSceneAndOneFigure(shared),
  };
  return holdWideSceneAndOneFigure([candidate])[0]?.score ?? 0;
};

describe('a scene of countries and capitals with one shared figure', () => {
  it('is held under the display floor when the pair is over a week apart and the wording is unlike', () => {
    expect(explainRelation(evidence).score).toBeGreaterThanOrEqual(0.5);
    expect(heldScore(evidence)).toBe(cappedScore);
    expect(heldScore({ ...evidence, days: null })).toBe(cappedScore);
  });

  it('stays confident within a week, where a foreign report may repeat nothing else', () => {
    expect(heldScore({ ...evidence, days: 3 })).toBeGreaterThanOrEqual(0.5);
  });

  it('stays confident with a rare town, a second rare figure, a rare name or the story wording', () => {
    const town: Entity = { name: 'Paide', type: 'other', weight: 1, scene: true };
    const person: Entity = { name: 'Kadri Tamm', type: 'person', weight: 1, person: true };
    const second = { value: '4,300', weight: 1 };

    expect(heldScore({ ...evidence, entities: [town, country, capital] })).toBeGreaterThanOrEqual(0.5);
    expect(heldScore({ ...evidence, numbers: [...evidence.numbers, second] })).toBeGreaterThanOrEqual(0.5);
    expect(heldScore({ ...evidence, entities: [...evidence.entities, person] })).toBeGreaterThanOrEqual(0.5);
    expect(heldScore({ ...evidence, similarity: 0.12 })).toBeGreaterThanOrEqual(0.5);
  });

  it('leaves a pair of that kind under the confident line as it scored', () => {
    const weaker = { ...evidence, entities: [country, capital], terms: [] };

    expect(heldScore(weaker)).toBe(explainRelation(weaker).score);
    expect(heldScore(weaker)).toBeGreaterThan(cappedScore);
  });
});
