import { describe, expect, it } from 'vitest';
import { isSlavicText, placeInCase, placesInCase } from '../../../../main/core/related/slavic-place-case.ts';
import { featuresOf } from '../../../../main/core/store/related-repository.ts';
import { addArticles, fillerTopics, relatedTestDb } from './related-test-db.ts';

// Session 10, round 30 (issue 6): Slavic languages put place names in their cases ("w Gdańsku",
// "v Brně"). A gazetteer place in a case was not found in the gazetteer, so it was keyed as a name of
// its own and never met the place an English article names. It is now read as the place when, cut of
// its case ending and given a nominative ending back, the gazetteer knows it.

const polish =
  'Łodzie klubu przewieziono do hangaru w Gdańsku, a zawodnicy trenują teraz we Wrocławiu, gdzie ' +
  'przystań wioślarska ma wolne miejsca; straty szacuje się na ponad milion złotych.';

const english =
  'The club moved its boats to a boathouse in Gdańsk while its rowers train in Wrocław this summer; ' +
  'the insurer has not yet assessed the damage, and the city council says a flood wall will be built ' +
  'along the river before the regatta season starts again next spring.';

describe('a place in a Slavic case', () => {
  it('is read as the gazetteer place it names, in Polish, Czech and Serbian/Croatian', () => {
    expect(placeInCase('Gdańsku')).toBe('Gdańsk');
    expect(placeInCase('Krakowie')).toBe('Krakow');
    expect(placeInCase('Wrocławiu')).toBe('Wrocław');
    expect(placeInCase('Brně')).toBe('Brno');
    expect(placeInCase('Ostravě')).toBe('Ostrava');
    expect(placeInCase('Zagrebu')).toBe('Zagreb');
    expect(placeInCase('Warszawie')).toBe('Warszawa');
  });

  it('leaves names the gazetteer does not know, places already in their base form and short stems alone', () => {
    expect(placeInCase('Bydgoszczy')).toBeUndefined();
    expect(placeInCase('Brdzie')).toBeUndefined();
    expect(placeInCase('Gdańsk')).toBeUndefined();
    expect(placeInCase('Ufie')).toBeUndefined();
    expect(placeInCase('gdańsku')).toBeUndefined();
  });

  it('is looked for in Slavic texts only', () => {
    expect(isSlavicText(polish)).toBe(true);
    expect(isSlavicText(english)).toBe(false);
    expect(placesInCase(polish)).toEqual([
      ['Gdańsku', 'Gdańsk'],
      ['Wrocławiu', 'Wrocław'],
    ]);
  });

  it('gives a Polish article the same place key as an English article naming the town', async () => {
    const { db, related } = await relatedTestDb();
    const [pl, en] = addArticles(db, related, [{ text: polish }, { text: english }, ...fillerTopics]);

    const keys = (id: number): string[] =>
      (featuresOf(db, [id]).get(id)?.features ?? []).map((f) => f.key).filter((k) => k.startsWith('e:'));

    expect(keys(pl)).toEqual(expect.arrayContaining(['e:c:gdansk', 'e:c:wroclaw']));
    expect(keys(en)).toEqual(expect.arrayContaining(['e:c:gdansk', 'e:c:wroclaw']));
  });
});
