import { describe, expect, it } from 'vitest';
import { nameByCapitals } from '../../../../main/core/related/capitalised-names.ts';
import { sharesCrossScriptCast } from '../../../../main/core/related/cross-script-cast.ts';
import { entityKey } from '../../../../main/core/related/entity-key.ts';
import type { Evidence } from '../../../../main/core/related/explain-relation.ts';
import { sameFullNameAcrossScripts } from '../../../../main/core/related/full-name-match.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';

// Session 10, round 29 (issue 6): an English first report and its Bulgarian follow-up three days later
// name the same people in full (Mariana Todorova, Мариана Тодорова). The Bulgarian names are read from
// capitals only, so two runs of two words alike counted as the scene, not as people, and the pair,
// sharing no figure and no organisation spelt alike, stayed unbacked under the confident line.

const rare = (): number => 2;
const articles = 1000;
const name = (label: string, type: string): FeatureRow => ({
  key: entityKey(label, label.includes(' ') ? 'person' : 'other') ?? '',
  weight: 1,
  label,
  type,
});

type Entity = Evidence['entities'][number];
const crossPerson = (name: string, weight = 1): Entity => ({
  name,
  type: 'person',
  weight,
  person: true,
  scene: true,
  crossScript: true,
});
const town: Entity = { name: 'Shabla', type: 'other', weight: 1, scene: true };
const cast = [crossPerson('Mariana Todorova', 0.87), crossPerson('Stoyan Velikov'), town];

describe('a full name matched across scripts', () => {
  it('meets its transliteration word for word, given name too, only across scripts', () => {
    expect(sameFullNameAcrossScripts('Мариана Тодорова', 'Mariana Todorova')).toBe(true);
    expect(sameFullNameAcrossScripts('Ελένη Βαρδάκη', 'Eleni Vardaki')).toBe(true);
    expect(sameFullNameAcrossScripts('Мариана Тодорова', 'Maria Todorova')).toBe(false);
    expect(sameFullNameAcrossScripts('Тодорова', 'Todorova')).toBe(false);
    expect(sameFullNameAcrossScripts('Mariana Todorova', 'Mariana Todorova')).toBe(false);
  });

  it('is a person in the shared evidence when either article reads it as one', () => {
    const bulgarian = [name('Мариана Тодорова', nameByCapitals)];
    const fromBulgarian = sharedEvidence(bulgarian, [name('Mariana Todorova', 'person')], rare, articles);
    const bothCapitals = sharedEvidence(
      bulgarian,
      [name('Mariana Todorova', nameByCapitals)],
      rare,
      articles,
    );

    expect(fromBulgarian.entities.map((e) => [e.type, e.person, e.crossScript])).toEqual([
      ['person', true, true],
    ]);
    expect(bothCapitals.entities.map((e) => e.crossScript)).toEqual([false]);
  });
});

describe('sharesCrossScriptCast', () => {
  it('holds for two full names matched across scripts and a nearly unique name within a week', () => {
    expect(sharesCrossScriptCast({ entities: cast, days: 3 })).toBe(true);
  });

  it('does not hold for one such person, names matched in one script, or no other rare name', () => {
    const oneScript = cast.map((e) => ({ ...e, crossScript: false }));
    const commonTown = [cast[0] as Entity, cast[1] as Entity, { ...town, weight: 0.8 }];

    expect(sharesCrossScriptCast({ entities: [cast[1] as Entity, town], days: 3 })).toBe(false);
    expect(sharesCrossScriptCast({ entities: oneScript, days: 3 })).toBe(false);
    expect(sharesCrossScriptCast({ entities: commonTown, days: 3 })).toBe(false);
  });

  it('does not hold for common people, more than a week apart, or with no dates', () => {
    const common = [crossPerson('Mariana Todorova', 0.4), cast[1] as Entity, town];

    expect(sharesCrossScriptCast({ entities: common, days: 3 })).toBe(false);
    expect(sharesCrossScriptCast({ entities: cast, days: 8 })).toBe(false);
    expect(sharesCrossScriptCast({ entities: cast, days: null })).toBe(false);
  });
});
