import { describe, expect, it } from 'vitest';
import { measuredQuantities } from '../../../../main/core/related/measured-quantities.ts';
import { separateEpisodes } from '../../../../main/core/related/separate-episodes.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';
import { figurePieces } from '../../../../main/core/related/explain-relation.ts';
import { explainPair } from '../../../../main/core/related/score-related.ts';
import { addArticles, fillerTopics, relatedTestDb } from './related-test-db.ts';

// Round 58 (issue 6): a follow-up gives its report's measures in other units, as a writer converts
// and rounds them: held-out-44's "12 metres" whale is "40ft" long in the post-mortem, held-out-57's
// barn is "58 metres" and "190 feet", held-out-53's moor fire "80 hectares" and "200 acres". Small
// counts are no figure keys, so neither pair shared a figure.

/** The keys two texts' measures share. */
const sharedKeys = (a: string, b: string, aLang: string | null = null): string[] => {
  const theirs = measuredQuantities(b);
  return [...measuredQuantities(a, aLang).keys()].filter((key) => theirs.has(key));
};

describe('a measured quantity', () => {
  it('meets the same measure written in the other system of units, rounded as writers round it', () => {
    expect(sharedKeys('a sperm whale 12 metres long', 'the 40ft whale')).not.toEqual([]);
    expect(sharedKeys('the barn is 58 metres long', 'all 190 feet of it')).not.toEqual([]);
    expect(sharedKeys('the aisle posts, 84 ft apart', 'posts 25 metres apart')).not.toEqual([]);
    expect(sharedKeys('fire burned 80 hectares', 'some 200 acres of moor')).not.toEqual([]);
    expect(sharedKeys('gusts of 80 km/h', 'gusts approaching 50mph')).not.toEqual([]);
    expect(sharedKeys('ruts up to 10cm deep', 'as deep as four inches')).not.toEqual([]);
    expect(sharedKeys('temperatures above 34C', 'a heat of 93F')).not.toEqual([]);
  });

  it('does not meet another value of the same measure, nor another measure', () => {
    expect(sharedKeys('winds of 160 km/h', 'winds of 170 km/h')).toEqual([]);
    expect(sharedKeys('gusts of 94 mph', 'gusts of 160 km/h')).toEqual([]);
    expect(sharedKeys('12 metres long', '12 kilometres long')).toEqual([]);
    expect(sharedKeys('40 tonnes of fish', '40 litres of water')).toEqual([]);
  });

  it('is not read from money, a time of day or a letter grade', () => {
    expect(measuredQuantities('a £48m contract, 4 in the morning, a Grade C pass, 5 pounds each')).toEqual(
      new Map(),
    );
  });

  it('counts once as a shared figure, though keyed on two grids and also as a plain figure', () => {
    const rows = (text: string, plain?: string): FeatureRow[] =>
      [...measuredQuantities(text), ...(plain === undefined ? [] : [[`n:${plain}`, plain] as const])].map(
        ([key, label]) => ({ key, weight: 1, label, type: null }),
      );
    const shared = (own: FeatureRow[], theirs: FeatureRow[]): string[] =>
      sharedEvidence(own, theirs, () => 2, 1000).numbers.map((n) => n.value);

    expect(shared(rows('58 metres long'), rows('190 feet long'))).toEqual(['58 metres']);
    expect(shared(rows('1,100 metres', '1,100'), rows('1.1 kilometres', '1,100'))).toEqual(['1,100 metres']);
  });

  it('is evidence of what happened but not the exact figure that backs a confident score', () => {
    const rows = (text: string, plain?: string): FeatureRow[] =>
      [...measuredQuantities(text), ...(plain === undefined ? [] : [[`n:${plain}`, plain] as const])].map(
        ([key, label]) => ({ key, weight: 1, label, type: null }),
      );
    const converted = { ...sharedEvidence(rows('58 metres'), rows('190 feet'), () => 2, 1000), days: 4 };
    const exact = { ...sharedEvidence(rows('', '4,200'), rows('', '4,200'), () => 2, 1000), days: 4 };

    expect(converted.numbers).toHaveLength(1);
    expect(figurePieces(converted)).toBe(0);
    expect(figurePieces(exact)).toBe(1);
  });

  it('is no shared figure when both texts write it in the same unit, as chance meets it', () => {
    const rows = (text: string): FeatureRow[] =>
      [...measuredQuantities(text)].map(([key, label]) => ({ key, weight: 1, label, type: null }));
    const shared = sharedEvidence(
      rows('a three-kilometre zone'),
      rows('three kilometres around'),
      () => 2,
      1000,
    );

    expect(shared.numbers).toEqual([]);
  });

  it("lets a follow-up that converts its report's measures share a figure with it", async () => {
    const { db, related } = await relatedTestDb();
    const [report, followUp] = addArticles(db, related, [
      {
        text: 'A sperm whale 12 metres long stranded on the beach at Skegness on Monday and died in the shallows before the rescuers could refloat it. The coastguard closed the sands.',
        entities: [['Skegness', 'place']],
        date: '2044-02-02',
      },
      {
        text: 'Pathologists who cut open the 40ft sperm whale found a tangle of fishing net and plastic in its stomach, which they said had starved it over weeks.',
        date: '2044-02-07',
      },
      ...fillerTopics,
    ]);

    expect(explainPair(db, report, followUp).evidence.numbers.map((n) => n.value)).toEqual(['12 metres']);
  });
});

describe('a measure in judging two episodes of one kind of event', () => {
  const entity = (key: string, label: string): FeatureRow => ({ key, weight: 1, label, type: 'place' });
  const measures = (text: string): FeatureRow[] =>
    [...measuredQuantities(text)].map(([key, label]) => ({ key, weight: 1, label, type: null }));
  const region = entity('e:n:burzyan', 'Burzyan');
  const judge = (a: readonly FeatureRow[], b: readonly FeatureRow[]): boolean =>
    separateEpisodes(
      a,
      b,
      sharedEvidence(a, b, () => 2, 1000),
      () => 2,
      1000,
    );

  it('is a figure of its own against the other value of the same measure: two storms', () => {
    expect(
      judge(
        [region, entity('e:n:kapova', 'Kapova Cave'), ...measures('gusts of 24 metres per second')],
        [region, entity('e:n:shulgan', 'Shulgan-Tash'), ...measures('gusts of 28 metres per second')],
      ),
    ).toBe(true);
  });

  it('is no figure of its own against a text that does not measure it', () => {
    expect(
      judge(
        [region, entity('e:n:keswick', 'Keswick'), ...measures('a 35-centimetre telescope')],
        [region, entity('e:n:calar', 'Calar Alto'), { key: 'n:4200', weight: 1, label: '4,200', type: null }],
      ),
    ).toBe(false);
  });
});

describe('a measured quantity as newspapers of other languages write it', () => {
  it('reads a minus written with a minus sign, an en dash or a capital, and degrees Celsius with its capital', () => {
    expect(sharedKeys('a low of \u22125C', 'a low of 23F')).not.toEqual([]);
    expect(sharedKeys('a low of \u20135C', 'a low of 23F')).not.toEqual([]);
    expect(sharedKeys('Minus 5C overnight', 'a low of 23F')).not.toEqual([]);
    expect(sharedKeys('\u22125C overnight', 'a high of 41F')).toEqual([]);
    expect(sharedKeys('it reached 20 degrees Celsius', 'a warm 68F')).not.toEqual([]);
  });

  it('reads thousands grouped by points or spaces, as German and French write them', () => {
    expect(sharedKeys('eine Strecke von 1.500 km', 'a route of 932 miles', 'de')).not.toEqual([]);
    expect(sharedKeys('sur 1 500 mètres', 'for nearly a mile', 'fr')).toEqual([]);
    expect(sharedKeys('sur 1 500 mètres', 'some 4,900 feet of it', 'fr')).not.toEqual([]);
    expect(sharedKeys('a 1.5 km stretch', 'a 1.500 km stretch')).toEqual([]);
  });
});
