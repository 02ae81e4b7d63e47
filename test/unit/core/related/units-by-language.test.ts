import { describe, expect, it } from 'vitest';
import { isConversion, measuredQuantities } from '../../../../main/core/related/measured-quantities.ts';
import { explainPair } from '../../../../main/core/related/score-related.ts';
import { languagesRead } from '../../../../main/core/related/unit-words.ts';
import { addArticles, fillerTopics, relatedTestDb } from './related-test-db.ts';

// Round 59 (issue 6): units are read in the page's language. One table read in every language took
// Italian "ha" (has) for hectares and missed the names other languages give the same units, inflected
// as they inflect a noun: held-out-57's Guarani report gives its belfry as "14 métro", the English
// follow-up "46ft"; held-out-60's Wolof report its washout as "120 meetar", the follow-up "130 yards",
// and its Frisian report the gust as "118 kilometer yn 'e oere" (an hour), the follow-up "73mph".

/** The keys two texts' measures share, each read in its own language. */
const sharedKeys = (a: string, aLang: string | null, b: string, bLang: string | null): string[] => {
  const theirs = measuredQuantities(b, bLang);
  return [...measuredQuantities(a, aLang).keys()].filter((key) => theirs.has(key));
};

/** The words each measure of a text was read from. */
const values = (text: string, lang: string | null): string[] => [
  ...new Set(measuredQuantities(text, lang).values()),
];

describe('a unit in the language of its page', () => {
  it('is read in the inflected words each language gives it', () => {
    expect(sharedKeys('un tramo de 5 kilómetros', 'es', 'a 3.1-mile stretch', 'en')).not.toEqual([]);
    expect(sharedKeys('un tratto di 12 chilometri', 'it', 'a 7.5-mile stretch', 'en')).not.toEqual([]);
    expect(sharedKeys('на протяжении 12 километров', 'ru', 'along 7.5 miles', 'en')).not.toEqual([]);
    expect(sharedKeys('nach 12 Kilometern', 'de', 'after 7.5 miles', 'en')).not.toEqual([]);
    expect(sharedKeys('na odcinku 200 metrów', 'pl', 'for 656 feet', 'en')).not.toEqual([]);
    expect(sharedKeys('100 στρέμματα', 'el', 'some 25 acres', 'en')).not.toEqual([]);
  });

  it('is read in the names a language borrows from its neighbour, spelt its own way', () => {
    expect(sharedKeys('ijyvatéva 14 métro rupi', 'gn', 'the 46ft belfry', 'en')).not.toEqual([]);
    expect(sharedKeys('ci lu tollu ci 120 meetar', 'wo', 'about 130 yards of rails', 'en')).not.toEqual([]);
    expect(sharedKeys('24 метрга җиткән', 'tt', 'a 79ft dome', 'en')).not.toEqual([]);
  });

  it('reads a Frisian speed in kilometres an hour as a speed, not as a length', () => {
    expect(sharedKeys("wynstjitten fan 118 kilometer yn 'e oere", 'fy', 'gusts of 73mph', 'en')).not.toEqual(
      [],
    );
    expect(sharedKeys("118 kilometer yn 'e oere", 'fy', 'a 118-kilometre road', 'en')).toEqual([]);
  });

  it('is not read from a word of the language that is no unit there', () => {
    expect(values('alle 15 ha preso la parola; Nel 2023 ha registrato un calo', 'it')).toEqual([]);
    expect(values('el 12 ha sido un día largo; 10 miles de personas', 'es')).toEqual([]);
    expect(values('el 12 ha sido; 300 hectáreas', 'es')).toEqual(['300 hectáreas']);
  });

  it('reads "ha" where it is the sign for hectares, and English words where the language is unknown', () => {
    expect(values('some 300 ha of forest', 'en')).toEqual(['300 ha']);
    expect(values('sur 300 ha de forêt', 'fr-FR')).toEqual(['300 ha']);
    expect(values('some 300 ha of forest and 10 miles of road', null)).toEqual(['300 ha', '10 miles']);
    expect(values('some 300 ha of forest and 10 miles of road', 'mi')).toEqual(['300 ha', '10 miles']);
  });

  it('is one unit in every language, so the same measure in the same unit is no conversion', () => {
    expect(isConversion('3 kilómetros', '3 km')).toBe(false);
    expect(isConversion('120 meetar', '130 yards')).toBe(true);
  });
});

describe('a temperature', () => {
  it('is not read from a seat, a grade or a class written with a capitalised label', () => {
    expect(values('Seat 14C, Grade 9F, Year 11C and Flat 3F', 'en')).toEqual([]);
  });

  it('is read from a scale letter glued to a number after a verb, a preposition or a bracket', () => {
    expect(values('temperatures hit 41C on Sunday', 'en')).toEqual(['41C']);
    expect(values('a high of 30C (86F) in Seville', 'en')).toEqual(['30C']);
    expect(values('Phoenix (104F)', 'en')).toEqual(['104F']);
  });

  it("is read from a language's degree word when the value is one weather can have", () => {
    expect(sharedKeys('bei 25 Grad', 'de', 'a warm 77F', 'en')).not.toEqual([]);
    expect(sharedKeys('40 gradi all’ombra', 'it', 'a scorching 104F', 'en')).not.toEqual([]);
    expect(values('der Kran wurde um 180 Grad gedreht', 'de')).toEqual([]);
  });
});

describe("an article's measures", () => {
  it("are read in its page's language: a Wolof report meets its English follow-up's converted measure", async () => {
    const { db, related } = await relatedTestDb();
    const [report, followUp] = addArticles(db, related, [
      {
        text: 'Taw bu metti bi yàq na yoonu saxaar wi. Ci wetu Xombol, ndox mi yóbbu na suuf ak xeer yi ci lu tollu ci 120 meetar.',
        date: '2050-08-22',
        lang: 'wo',
      },
      {
        text: 'Track gangs packed crushed basalt under the sleepers where a cloudburst left about 130 yards of rails slung in the air like a rope bridge.',
        date: '2050-08-26',
        lang: 'en',
      },
      ...fillerTopics,
    ]);

    expect(explainPair(db, report, followUp).evidence.numbers.map((n) => n.value)).toEqual(['120 meetar']);
  });
});

// Review of round 59: words that begin as a unit's name does, and pages whose language is missing,
// mislabelled or a name every object answers to.
describe('a word that begins as a unit name', () => {
  it('is no unit when it is another word, and the unit beside it still is', () => {
    expect(values('22 футболиста, 11 футболистов и 5 футов', 'ru')).toEqual(['5 футов']);
    expect(values('22 футболиста и 24 метрга', 'tt')).toEqual(['24 метрга']);
    expect(values('15 tonåringar bar 12 ton', 'sv')).toEqual(['12 ton']);
    expect(values('50 kilowattituntia ja 5 kiloa', 'fi')).toEqual(['5 kiloa']);
    expect(values('3 kilovat ve 12 kilo', 'tr')).toEqual(['12 kilo']);
    expect(values('5 εκατοστιαίες μονάδες, 5 εκατοστά', 'el')).toEqual(['5 εκατοστά']);
    expect(values('2020-га кадәр 5 га җир', 'tt')).toEqual(['5 га']);
    expect(values('3 metro dalej, 5 metrów', 'pl')).toEqual(['5 metrów']);
  });

  it('reads Turkish square metres and square kilometres as areas', () => {
    expect(sharedKeys('500 metrekare', 'tr', '5,400 sq ft', 'en')).not.toEqual([]);
    expect(sharedKeys('3 kilometrekare', 'tr', 'some 1.2 square miles', 'en')).not.toEqual([]);
    expect(sharedKeys('500 metrekare', 'tr', '500 metres', 'en')).toEqual([]);
  });

  it('reads the Russian names in Chuvash and Ossetian, with their own endings', () => {
    expect(values('24 метра ҫӳллӗш, 3 километрпа', 'cv')).toEqual(['24 метра', '3 километрпа']);
    expect(values('11 километры дæргъы, 300 метрæй, 40 метрӕй', 'os')).toEqual([
      '11 километры',
      '300 метрæй',
      '40 метрӕй',
    ]);
  });
});

describe('an Italian or Spanish page read in English', () => {
  it('reads no hectares from "ha" after a year, nor miles from "miles de", with its language unknown', () => {
    expect(values('Nel 2023 ha registrato un calo; En 2020 ha sido; 10 miles de personas', null)).toEqual([]);
    expect(values('some 300 ha and 2023 hectares; 10 miles of road', null)).toEqual([
      '300 ha',
      '2023 hectares',
      '10 miles',
    ]);
  });

  it('reads neither when the page says it is English', () => {
    expect(values('Nel 2023 ha registrato un calo; 10 miles de personas', 'en-US')).toEqual([]);
    expect(values('some 300 ha of forest', 'en')).toEqual(['300 ha']);
  });
});

describe('a page language that is a name every object answers to', () => {
  it('is read as an unknown language, in English', () => {
    for (const lang of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'xx']) {
      expect(languagesRead(lang)).toEqual(['en']);
      expect(values('5 km and 12 miles', lang)).toEqual(['5 km', '12 miles']);
    }
  });
});
