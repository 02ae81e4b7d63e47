import { describe, expect, it } from 'vitest';
import { greekPlaceInCase, isGreekText } from '../../../../main/core/related/greek-place-case.ts';
import { placesInCase } from '../../../../main/core/related/slavic-place-case.ts';
import { featuresOf } from '../../../../main/core/store/related-repository.ts';
import { addArticles, fillerTopics, relatedTestDb } from './related-test-db.ts';

// Session 10, round 33 (issue 6): Greek puts place names in their cases ("της Θεσσαλονίκης", "του
// Πειραιά", "των Αθηνών"), and the gazetteer knows them only by their English names, so a Greek
// analysis never met the "Thessaloniki" of an English report. A Greek word is now read as the place
// when, as written or cut of its case ending with a nominative ending back, the gazetteer knows it.

const greek =
  'Η υπόθεση δωροδοκίας για τη βυθοκόρηση στο λιμάνι της Θεσσαλονίκης τον Μάιο έδειξε πόσο αδιαφανείς ' +
  'είναι οι διαγωνισμοί. Τα έργα στο λιμάνι του Πειραιά και οι προσφορές των Αθηνών κρίνονται αλλιώς.';

const english =
  'Prosecutors in Thessaloniki said the port official was arrested on Friday over the dredging ' +
  'contract; a similar tender in Piraeus is under review, and ministers in Athens promised new rules ' +
  'for port works before the summer, when the deepening of the pier is due to start.';

describe('a Greek place in its case', () => {
  it('is read as the gazetteer place it names, in the genitive and accusative', () => {
    expect(greekPlaceInCase('Θεσσαλονίκης')).toBe('Thessaloniki');
    expect(greekPlaceInCase('Θεσσαλονίκη')).toBe('Thessaloniki');
    expect(greekPlaceInCase('Πειραιά')).toBe('Piraeus');
    expect(greekPlaceInCase('Πειραιάς')).toBe('Piraeus');
    expect(greekPlaceInCase('Αθηνών')).toBe('Athens');
    expect(greekPlaceInCase('Αθήνας')).toBe('Athens');
  });

  it('leaves names the gazetteer does not know, lower-case words and other scripts alone', () => {
    expect(greekPlaceInCase('Παπαδοπούλου')).toBeUndefined();
    expect(greekPlaceInCase('Βλάχου')).toBeUndefined();
    expect(greekPlaceInCase('θεσσαλονίκης')).toBeUndefined();
    expect(greekPlaceInCase('Thessalonikis')).toBeUndefined();
  });

  it('is looked for in Greek texts only, never opening a sentence', () => {
    expect(isGreekText(greek)).toBe(true);
    expect(isGreekText(english)).toBe(false);
    expect(placesInCase(greek, greekPlaceInCase)).toEqual([
      ['Θεσσαλονίκης', 'Thessaloniki'],
      ['Πειραιά', 'Piraeus'],
      ['Αθηνών', 'Athens'],
    ]);
    expect(placesInCase('Θεσσαλονίκης λιμάνι.', greekPlaceInCase)).toEqual([]);
  });

  it('gives a Greek article the same place keys as an English article naming the cities', async () => {
    const { db, related } = await relatedTestDb();
    const [el, en] = addArticles(db, related, [{ text: greek }, { text: english }, ...fillerTopics]);

    const keys = (id: number): string[] =>
      (featuresOf(db, [id]).get(id)?.features ?? []).map((f) => f.key).filter((k) => k.startsWith('e:'));

    const places = ['e:c:thessaloniki', 'e:c:piraeus', 'e:c:athens'];
    expect(keys(el)).toEqual(expect.arrayContaining(places));
    expect(keys(en)).toEqual(expect.arrayContaining(places));
  });
});
