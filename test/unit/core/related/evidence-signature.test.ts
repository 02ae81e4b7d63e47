import { describe, expect, it } from 'vitest';
import { termKey } from '../../../../main/core/related/article-terms.ts';
import {
  evidencePieces,
  explainRelation,
  type Evidence,
} from '../../../../main/core/related/explain-relation.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';

const none: Evidence = { entities: [], numbers: [], terms: [], similarity: 0, words: [], days: null };
const court = { name: 'Court of Justice', type: 'organisation', weight: 1, scene: true };
const city = { name: 'Luxembourg', type: 'place', weight: 0.5, scene: true };
const person = { name: 'Line Bergmann', type: 'person', weight: 1 };
const figure = { value: '1.8 million', weight: 1 };

const row = (key: string, label: string, type: string | null = null, weight = 1): FeatureRow => ({
  key,
  weight,
  label,
  type,
});

describe('event signatures in related-story scores', () => {
  it('counts shared places and institutions as one scene, however many', () => {
    expect(evidencePieces({ ...none, entities: [court, city] })).toBe(1);
    expect(evidencePieces({ ...none, entities: [court, city, person] })).toBe(2);
  });

  it('keeps a pair sharing only a court and its city, a day apart, below 0.5', () => {
    const { score } = explainRelation({ ...none, entities: [court, city], days: 1 });

    expect(score).toBeLessThan(0.2);
  });

  it('keeps a pair sharing only one rare person below 0.5, however close in time', () => {
    const { score } = explainRelation({ ...none, entities: [person], days: 0 });

    expect(score).toBeLessThan(0.2);
  });

  it('makes a rare person and a shared figure together confident', () => {
    const { score } = explainRelation({ ...none, entities: [person], numbers: [figure], days: 2 });

    expect(score).toBeGreaterThanOrEqual(0.5);
  });

  it('counts many shared rare words as evidence and shows them as the reason', () => {
    const terms = ['nordvik', 'insulin', 'pens', 'dial', 'glucose'].map((word) => ({ word, weight: 1 }));

    const { score, reasons } = explainRelation({
      ...none,
      entities: [city],
      terms,
      similarity: 0.1,
      days: 2,
    });

    expect(explainRelation({ ...none, entities: [city], days: 2 }).score).toBeLessThan(0.2);
    expect(score).toBeGreaterThanOrEqual(0.5);
    const [first] = reasons;
    expect(first?.kind).toBe('similar-wording');
    expect(first?.kind === 'similar-wording' ? first.words : []).toContain('nordvik');
  });

  it('keeps a pair sharing only wording, with no name, scene or figure, below 0.5 however close in time', () => {
    const terms = ['walkout', 'wage', 'stoppage', 'ballot', 'mediation'].map((word) => ({ word, weight: 1 }));

    const { score, reasons } = explainRelation({ ...none, terms, similarity: 0.3, days: 1 });

    expect(score).toBeLessThan(0.5);
    expect(score).toBeGreaterThanOrEqual(0.1);
    expect(reasons[0]?.kind).toBe('similar-wording');
  });

  it('does not count a shared term again when it only repeats a name either article tags', () => {
    const own = [
      row('e:n:nordvik', 'Nordvik', 'organisation'),
      row('t:nordvik', 'nordvik'),
      row('t:dial', 'dial'),
    ];
    const theirs = [row('t:nordvik', 'nordvik'), row('t:dial', 'dial')];

    const evidence = sharedEvidence(own, theirs, () => 1, 1000);

    expect(evidence.terms?.map((t) => t.word)).toEqual(['dial']);
  });

  it('gives a name written as a word the same term key in Cyrillic, German and English spelling', () => {
    expect(termKey('лавров')).toBe(termKey('lavrov'));
    expect(termKey('lawrow')).toBe(termKey('lavrov'));
    expect(termKey('токаев')).toBe(termKey('tokayev'));
  });
});
