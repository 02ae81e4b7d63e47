import { describe, expect, it } from 'vitest';
import {
  cappedScore,
  evidencePieces,
  explainRelation,
  sharesTwoRareNamesByCapitals,
  type Evidence,
} from '../../../../main/core/related/explain-relation.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';

// Round 38 of related-story scoring (issue 6): a follow-up in a smaller language, whose names are read
// only from their capitals, shares with its report days earlier two names almost no other article
// carries (the cape and the harbour, the park and its warden). That is a second piece of evidence; one
// such name, a lone surname or the same two names more than a week later stays one piece.

type Entity = Evidence['entities'][number];
const byCapitals = (name: string, weight = 1, person = false): Entity => ({
  name,
  type: 'other',
  weight,
  scene: true,
  capitals: true,
  person,
});
const region: Entity = { name: 'Vestria', type: 'place', weight: 0.4, scene: true };
const setting = [region, byCapitals('Kalvik'), byCapitals('Orsa Kask', 0.88, true)];
const evidence = (entities: readonly Entity[], days: number | null): Evidence => ({
  entities: [...entities],
  numbers: [],
  similarity: 0.04,
  words: [],
  days,
});

describe('sharesTwoRareNamesByCapitals', () => {
  it('holds for two nearly unique names read from capitals within a week', () => {
    expect(sharesTwoRareNamesByCapitals(evidence(setting, 5))).toBe(true);
  });

  it('does not hold for one such name, a common one, a lone surname, over a week apart or undated', () => {
    expect(sharesTwoRareNamesByCapitals(evidence([region, byCapitals('Kalvik')], 2))).toBe(false);
    expect(sharesTwoRareNamesByCapitals(evidence([byCapitals('Kalvik'), byCapitals('Orsa', 0.6)], 2))).toBe(
      false,
    );
    expect(
      sharesTwoRareNamesByCapitals(evidence([byCapitals('Kalvik'), byCapitals('Kask', 1, true)], 2)),
    ).toBe(false);
    expect(sharesTwoRareNamesByCapitals(evidence(setting, 8))).toBe(false);
    expect(sharesTwoRareNamesByCapitals(evidence(setting, null))).toBe(false);
  });

  it('does not count gazetteer places, which set a scene many stories share', () => {
    const gazetteer = setting.map((e) => ({ ...e, capitals: false }));
    expect(sharesTwoRareNamesByCapitals(evidence(gazetteer, 2))).toBe(false);
  });
});

describe('scoring two rare names read from capitals', () => {
  it('counts them as a second piece, so the pair scores above the single-piece cap but not confidently', () => {
    const pair = evidence(setting, 5);
    const { score } = explainRelation(pair);

    expect(evidencePieces(pair)).toBe(2);
    expect(score).toBeGreaterThan(cappedScore);
    expect(score).toBeLessThan(0.5);
  });

  it('leaves a trap sharing the same names more than a week later at the single-piece cap', () => {
    const trap = evidence(setting, 8);

    expect(evidencePieces(trap)).toBe(1);
    expect(explainRelation(trap).score).toBe(cappedScore);
  });
});

describe('names read from capitals in shared evidence', () => {
  it('are marked as such, and gazetteer places are not', () => {
    const row = (key: string, label: string, type: string) => ({ key, weight: 1, label, type });
    const own = [row('e:n:kalvik', 'Kalvik', 'capitalised'), row('e:c:vestria', 'Vestria', 'place')];
    const theirs = [row('e:n:kalvik', 'Kalvik', 'place'), row('e:c:vestria', 'Vestria', 'place')];

    const { entities } = sharedEvidence(own, theirs, () => 2, 1000);

    expect(entities.map((e) => [e.name, e.capitals])).toEqual([
      ['Kalvik', true],
      ['Vestria', false],
    ]);
  });
});
