import { describe, expect, it } from 'vitest';
import {
  crossLanguageNameDays,
  rarestNameNotPerson,
  withPossibleSuggestions,
} from '../../../../main/core/related/possible-suggestions.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';

// Session 7, round 15 (issue 6): between two languages an analysis that names only the story's nearly
// unique name (a shipyard's district, a regulator's acronym, a ship) shares no wording and no second
// piece, so it was hidden. It now fills an empty slot as a possible suggestion; a shared person (the
// cast, who recurs across stories) or a shared country does not.

const shown = [{ id: 1, score: 0.48, similarity: 0.1, pieces: 3, topic: 1 }];
const otherLanguage = (id: number): boolean => id >= 10;
const rareName = { score: 0.076, similarity: 0, pieces: 1, topic: 0, rarestName: 1, days: 13 };

describe('possible suggestions on a rare name across languages', () => {
  it('fills a gap with a candidate in another language sharing a nearly unique name within weeks', () => {
    const out = withPossibleSuggestions(shown, [...shown, { id: 10, ...rareName }], 10, otherLanguage);

    expect(out.map((c) => [c.id, c.possible])).toEqual([
      [1, false],
      [10, true],
    ]);
    expect(out[1]?.score).toBe(0.076);
  });

  it('leaves out such a candidate months apart', () => {
    const far = { id: 11, ...rareName, days: crossLanguageNameDays + 30 };

    expect(withPossibleSuggestions(shown, [...shown, far], 10, otherLanguage).map((c) => c.id)).toEqual([1]);
  });

  it('leaves out a candidate in another language sharing only a common name (a country)', () => {
    const country = { id: 12, ...rareName, rarestName: 0.45 };

    expect(withPossibleSuggestions(shown, [...shown, country], 10, otherLanguage).map((c) => c.id)).toEqual([
      1,
    ]);
  });

  it('keeps the wording bar for a candidate in the same language sharing a rare name', () => {
    const sameLanguage = { id: 2, ...rareName };

    expect(
      withPossibleSuggestions(shown, [...shown, sameLanguage], 10, otherLanguage).map((c) => c.id),
    ).toEqual([1]);
  });
});

const entity = (key: string, label: string, type: string): FeatureRow => ({ key, weight: 1, label, type });

describe('the rarest shared name that is not a person', () => {
  it('skips a person either article names, even when read from capitals on this side', () => {
    const own = [
      entity('e:p:gogoladze', 'Levan Gogoladze', 'capitalised'),
      entity('e:n:tuzla', 'Tuzla', 'place'),
    ];
    const theirs = [
      entity('e:p:gogoladze', 'Леван Гоголадзе', 'person'),
      entity('e:n:tuzla', 'Тузла', 'place'),
    ];
    const evidence = sharedEvidence(own, theirs, () => 2, 1000);

    expect(rarestNameNotPerson(evidence.entities.filter((e) => e.name !== 'Tuzla'))).toBe(0);
    expect(rarestNameNotPerson(evidence.entities)).toBe(1);
  });

  it('reads a one-word name as the person whose surname it is ("Echeverría said")', () => {
    const own = [
      entity('e:p:ececeria', 'Pilar Echeverría', 'person'),
      entity('e:n:ececeria', 'Echeverría', 'capitalised'),
    ];
    const theirs = [entity('e:n:ececeria', 'Echeverría', 'capitalised')];
    const evidence = sharedEvidence(own, theirs, () => 2, 1000);

    expect(evidence.entities.map((e) => [e.name, e.person])).toEqual([['Echeverría', true]]);
    expect(rarestNameNotPerson(evidence.entities)).toBe(0);
  });
});
