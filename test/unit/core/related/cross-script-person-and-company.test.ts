import { describe, expect, it } from 'vitest';
import { nameByCapitals } from '../../../../main/core/related/capitalised-names.ts';
import {
  sharesCrossScriptCast,
  sharesCrossScriptPersonAndCompany,
  withCastAcrossScripts,
} from '../../../../main/core/related/cross-script-cast.ts';
import { entityKey } from '../../../../main/core/related/entity-key.ts';
import { evidencePieces, type Evidence } from '../../../../main/core/related/explain-relation.ts';
import { sameNameAcrossScripts } from '../../../../main/core/related/full-name-match.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';

// Session 10, round 33 (issue 6): an English first report and its Ukrainian follow-up three days later
// name one person and his company, each in its own script (Андрій Мороз = Andrii Moroz, «Галич
// Реставрація» = Halych Restavratsiia). Round 29's rule asked for two people, so the pair stayed at
// 0.076. One person and one company, both matched across scripts and nearly unique, now back it.

type Entity = Evidence['entities'][number];
const person: Entity = {
  name: 'Андрій Мороз',
  type: 'person',
  weight: 1,
  person: true,
  scene: true,
  crossScript: true,
  transliterated: true,
};
// The English suggester reads "Halych Restavratsiia" as a person's name.
const company: Entity = {
  name: 'Галич Реставрація',
  type: 'person',
  weight: 1,
  person: true,
  scene: true,
  crossScript: false,
  transliterated: true,
};

describe('a name matched across scripts word for word', () => {
  it('meets its transliteration, Ukrainian г as h, only across scripts', () => {
    expect(sameNameAcrossScripts('Галич Реставрація', 'Halych Restavratsiia')).toBe(true);
    expect(sameNameAcrossScripts('Галич Реставрація', 'Halych Restoration')).toBe(false);
    expect(sameNameAcrossScripts('Реставрація', 'Halych Restavratsiia')).toBe(false);
    expect(sameNameAcrossScripts('Halych Restavratsiia', 'Halych Restavratsiia')).toBe(false);
  });

  it('is marked in the shared evidence', () => {
    const row = (label: string, type: string): FeatureRow => ({
      key: entityKey(label, 'person') ?? '',
      weight: 1,
      label,
      type,
    });
    const evidence = sharedEvidence(
      [row('Галич Реставрація', nameByCapitals)],
      [row('Halych Restavratsiia', nameByCapitals)],
      () => 2,
      1000,
    );

    expect(evidence.entities.map((e) => [e.transliterated, e.crossScript])).toEqual([[true, false]]);
  });
});

describe('sharesCrossScriptPersonAndCompany', () => {
  it('holds for a person and a company, both matched across scripts and nearly unique, within a week', () => {
    expect(sharesCrossScriptPersonAndCompany({ entities: [person, company], days: 3 })).toBe(true);
    expect(sharesCrossScriptCast({ entities: [person, company], days: 3 })).toBe(true);
  });

  it('does not hold for the person and his company named in one script (another matter)', () => {
    const oneScript = [
      { ...person, crossScript: false, transliterated: false },
      { ...company, transliterated: false },
    ];

    expect(sharesCrossScriptCast({ entities: oneScript, days: 3 })).toBe(false);
  });

  it('does not hold for two people both read as full names across scripts (round 29 asks more)', () => {
    const secondPerson = { ...company, name: 'Оксана Грицак', crossScript: true };

    expect(sharesCrossScriptPersonAndCompany({ entities: [person, secondPerson], days: 3 })).toBe(false);
  });

  it('does not hold for a person alone, a common company, more than a week apart or no dates', () => {
    expect(sharesCrossScriptCast({ entities: [person], days: 3 })).toBe(false);
    expect(sharesCrossScriptCast({ entities: [person, { ...company, weight: 0.8 }], days: 3 })).toBe(false);
    expect(sharesCrossScriptCast({ entities: [{ ...person, weight: 0.8 }, company], days: 3 })).toBe(false);
    expect(sharesCrossScriptCast({ entities: [person, company], days: 8 })).toBe(false);
    expect(sharesCrossScriptCast({ entities: [person, company], days: null })).toBe(false);
  });
});

describe('withCastAcrossScripts', () => {
  const evidence = (entities: Entity[], days: number): Evidence => ({
    entities,
    numbers: [],
    similarity: 0.03,
    words: [],
    days,
  });

  it('counts the person and the company as two names, not one scene, when both match', () => {
    const pair = evidence([person, company], 3);

    expect(evidencePieces(pair)).toBe(1);
    expect(evidencePieces(withCastAcrossScripts(pair))).toBe(2);
  });

  it('leaves the scene alone when the rule does not hold', () => {
    const far = evidence([person, company], 9);
    const oneScript = evidence([person, { ...company, transliterated: false }], 3);

    expect(evidencePieces(withCastAcrossScripts(far))).toBe(1);
    expect(evidencePieces(withCastAcrossScripts(oneScript))).toBe(1);
  });
});
