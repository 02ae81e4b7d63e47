import { describe, expect, it } from 'vitest';
import { nameByCapitals } from '../../../../main/core/related/capitalised-names.ts';
import { entityKey } from '../../../../main/core/related/entity-key.ts';
import { sameFullName } from '../../../../main/core/related/full-name-match.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';

// Session 9, round 24 (issue 6): a Greek or Russian text capitalises a title or institution word next
// to a name, so the run read from capitals is "Πινακοθήκης Ελένη Βαρδάκη" (the gallery's Eleni
// Vardaki). It is keyed as a person by its last word and met "Eleni Vardaki" in an English report, but
// counted with the scene (a name read from capitals may be anything): two people shared in full
// across languages made a single piece.

const rare = (): number => 2;
const articles = 1000;

/** A feature as article-features.ts stores a name: keyed as a person's when it has two words or more. */
const name = (label: string, type: string): FeatureRow => ({
  key: entityKey(label, label.includes(' ') ? 'person' : 'other') ?? '',
  weight: 1,
  label,
  type,
});

describe('a person named in full at the end of a longer capitalised run', () => {
  it('ends in the same given name and surname as the transliterated full name, and no other (nor two runs of two words)', () => {
    expect(sameFullName('Πινακοθήκης Ελένη Βαρδάκη', 'Eleni Vardaki')).toBe(true);
    expect(sameFullName('Министерства Иван Петров', 'Ivan Petrov')).toBe(true);
    expect(sameFullName('Πινακοθήκης Ελένη Βαρδάκη', 'Maria Vardaki')).toBe(false);
    expect(sameFullName('Βαρδάκη', 'Vardaki')).toBe(false);
    expect(sameFullName('Eleni Vardaki', 'Eleni Vardaki')).toBe(false);
  });

  it('counts as a name piece, not with the scene, when the other article writes that full name', () => {
    const greek = [name('Πινακοθήκης Ελένη Βαρδάκη', nameByCapitals)];

    const same = sharedEvidence(greek, [name('Eleni Vardaki', 'person')], rare, articles);
    const otherPerson = sharedEvidence(greek, [name('Maria Vardaki', 'person')], rare, articles);

    expect(same.entities.map((e) => e.scene)).toEqual([false]);
    expect(otherPerson.entities.map((e) => e.scene)).toEqual([true]);
  });
});
