import { describe, expect, it } from 'vitest';
import { divisionNames, namesADivision } from '../../../../main/core/related/division-place.ts';
import { separateEpisodes } from '../../../../main/core/related/separate-episodes.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';
import { addArticles, fillerTopics, relatedTestDb, suggestionsFor } from './related-test-db.ts';

// Round 55: a name read from its capitals is typed a place when the text writes it before a word of an
// administrative division ("Hotan prefecture"). Held-out-50's flood report shared Hotan, read from
// capitals, with the sandstorm report on the same highway; it counted as a specific of one story, so the
// two were never judged two episodes at one place, and the flood suggested the sandstorm at 0.989.

const entity = (key: string, label: string, type: string): FeatureRow => ({ key, weight: 1, label, type });
const figure = (key: string, label: string): FeatureRow => ({ key, weight: 1, label, type: null });
const rare = (): number => 2;
const articles = 1000;

describe('a name written before a division word', () => {
  it('reads plural division words, and none glued to a longer word in any alphabet', () => {
    expect([...divisionNames('the Hotan and Aksu prefectures')]).toEqual(['Aksu']);
    expect([...divisionNames('Chráněná oblastí a Pest regionális')]).toEqual([]);
    expect([...divisionNames('DuPage county and McLean county')]).toEqual([]);
  });

  it("does not read a company's own units as divisions", () => {
    expect([...divisionNames('Amazon region managers met the Walmart district office')]).toEqual([]);
  });

  it('reads the name before a lower-case prefecture, county or province as a division', () => {
    const text = 'the highway bureau of Hotan prefecture sent loaders; the road in Powys county stayed shut';
    const divisions = divisionNames(text);

    expect(namesADivision('Hotan', divisions)).toBe(true);
    expect(namesADivision('Powys', divisions)).toBe(true);
  });

  it('reads no division in a text that writes no division word, nor a name elsewhere in the text', () => {
    expect(divisionNames('Abdurehim Tursun hauled cotton seed from Hotan to Korla').size).toBe(0);
    expect(namesADivision('Korla', divisionNames('from Korla to Hotan prefecture'))).toBe(false);
  });

  it('does not read a capitalised County of an institution’s name as a division word', () => {
    expect(divisionNames('Dorset County Council closed the road').size).toBe(0);
  });
});

describe('a shared name typed a place by a division word', () => {
  const road = entity('e:n:tarim desert highv', 'Tarim Desert Highway', 'place');
  // The flood report writes "Hotan prefecture": its Hotan is a place (article-features.ts).
  const flood = [
    road,
    entity('e:n:hotan', 'Hotan', 'place'),
    entity('e:n:nia river', 'Niya River', 'place'),
    figure('n:200', '200'),
  ];
  // The sandstorm report writes "from Hotan to Korla": its Hotan is read from its capitals only.
  const sandstorm = [
    road,
    entity('e:n:hotan', 'Hotan', 'capitalised'),
    entity('e:n:tazhong', 'Tazhong', 'capitalised'),
    figure('n:522', '522'),
  ];
  const judge = (a: readonly FeatureRow[], b: readonly FeatureRow[]): boolean =>
    separateEpisodes(a, b, sharedEvidence(a, b, rare, articles), rare, articles);

  it('lets the flood report judge the sandstorm on the same road another episode', () => {
    expect(judge(flood, sandstorm)).toBe(true);
  });

  it('leaves a name both read only from their capitals a specific of one story (a company, a ship)', () => {
    const asCapitals = flood.map((f) => (f.key === 'e:n:hotan' ? { ...f, type: 'capitalised' } : f));

    expect(judge(asCapitals, sandstorm)).toBe(false);
  });
});

const roadWords =
  'lorries and buses were stranded on the desert road overnight, loaders and tipper trucks from the maintenance station cleared one lane, drivers waited in their cabs, the highway bureau escorted convoys, police closed the carriageway, engineers inspected the asphalt and the shelter belt, and traffic was told to expect delays across the desert';

describe('two episodes on one desert road in one prefecture', () => {
  it('does not suggest the sandstorm report for the flood report that names the prefecture at all', async () => {
    const { db, related } = await relatedTestDb();
    const road = ['Varkand Desert Highway', 'place'] as const;
    const [flood, sandstorm] = addArticles(db, related, [
      {
        text: `A meltwater flood on the Oskel River tore out a culvert and left mud over 200 metres of the Varkand Desert Highway near Zhenlu, according to the highway bureau of Qarbek prefecture; warm weather in the mountains brought the spring flood early, brown water spread across the tarmac like a wall, gravel and silt covered the embankment, and hydrologists will inspect two more culverts downstream; ${roadWords}.`,
        entities: [road, ['Oskel River', 'place'], ['Zhenlu', 'place']],
        date: '2046-05-20',
      },
      {
        text: `A sandstorm buried 3km of the Varkand Desert Highway near Zhenlu south of the Tazhel oil field, said a driver hauling cotton from Qarbek to Korlam, and 522 metres of drip pipes snapped; winds gusting to ninety kilometres an hour pushed dunes across the road, visibility fell within minutes, the sky turned orange, and bulldozers ploughed drifts from the shrubs; ${roadWords}.`,
        entities: [road],
        date: '2046-05-18',
      },
      ...fillerTopics,
    ]);

    const suggested = (await suggestionsFor(related, flood)).map((s) => s.article.id);

    expect(suggested).not.toContain(sandstorm);
  });
});
