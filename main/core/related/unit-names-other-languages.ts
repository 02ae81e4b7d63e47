import type { UnitWords } from './measure-units.ts';

// Round 59: the unit names of the Slavic languages, Greek, Turkish, Hungarian, the Finnic and Baltic
// languages, Malay, Swahili and Wolof (unit-words.ts).

/** Any inflection a noun takes after its stem, where no common word begins as the unit's name does. */
const ending = '\\p{L}*';

/**
 * The endings Russian gives a masculine unit name (метр, метра, метров, метрах…), a feminine one (тонна,
 * тонн, тоннами…) and the adjective "square": listed, since common words begin as the names do
 * ("футболиста", footballers; "тоннель", a tunnel; "метро").
 */
const russianEndings = {
  masculine: '(?:а|у|ом|е|ы|ов|ам|ами|ах)?',
  feminine: '(?:а|ы|е|у|ой|ою|ам|ами|ах)?',
};
const squareRu = 'квадратн(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми)';

/**
 * The endings the languages of Russia and Central Asia glue to a Russian unit name: Turkic cases
 * ("метрга", "километрдан", "метрларга"), Chuvash ("метрпа"), Ossetian ("метрӕй", often written with a
 * Latin "æ"; "километры"), Mongolian ("метрийн"), Tajik ("километри", "метрҳо"). Each begins as a case
 * ending does, so "футболиста" and "футляр" (a case) are still no feet.
 */
const gluedEndings =
  '(?:[аыуе]?(?:[гкғқдтнмпрчһ]\\p{L}{0,4}|л[аәеыіо]р\\p{L}{0,4}|[ыӕæәө]\\p{L}{0,3})|ийн|и|ро|ҳо\\p{L}{0,2})';

/** Russian unit names with the endings `masculine` and `feminine`. */
const russianNames = (masculine: string, feminine: string): UnitWords => ({
  kmh: `километр${masculine} в час|км в час`,
  mps: `метр${masculine} в секунду`,
  knot: `узл${masculine}|узел`,
  sqkm: `${squareRu} километр${masculine}|кв\\. ?км`,
  sqm: `${squareRu} метр${masculine}|кв\\. ?м`,
  // "га" is a case ending too, glued by a hyphen ("2020-га", Tatar "to 2020"): no unit there.
  ha: `гектар${masculine}|(?<!\\d-)га`,
  km: `километр${masculine}`,
  cm: `сантиметр${masculine}`,
  mm: `миллиметр${masculine}`,
  m: `метр${masculine}`,
  ft: `фут${masculine}`,
  tonne: `тонн${feminine}`,
  kg: `килограмм${masculine}`,
  litre: `литр${masculine}`,
});

/** Russian unit names, with the Russian endings. */
const russian = russianNames(russianEndings.masculine, russianEndings.feminine);

/** The Russian names as the languages of Russia and Central Asia write them: Russian or their own endings. */
const russianBorrowed = russianNames(
  `(?:${russianEndings.masculine.slice(0, -1)}|${gluedEndings})?`,
  `(?:${russianEndings.feminine.slice(0, -1)}|${gluedEndings})?`,
);

/** The Slavic languages written in Latin letters: Polish, Czech, Slovak, Croatian, Bosnian, Serbian, Slovene. */
const latinSlavic: UnitWords = {
  kmh: `kilomet(?:r|ar)${ending} na (?:godzinę|hodinu|sat|uro)`,
  ha: `hektar${ending}|ha`,
  km: `kilomet(?:r|ar)${ending}`,
  cm: `cent[yi]met(?:r|ar)${ending}`,
  mm: `milimet(?:r|ar)${ending}`,
  // Not "metro" (an underground railway); "metrom" (with a metre) is one.
  m: `met(?:r|ar)(?!o(?!\\p{L}))${ending}`,
  tonne: `ton(?:a|y|ę|ie|ami|ach|u|e|ë)?|tun[ay]?|tuna`,
  kg: `kilogram${ending}`,
  litre: `lit(?:r|ar)${ending}`,
};

/** Finnish case endings of a noun after its stem ("kiloa", "kilossa", "kiloksi"). */
const finnishCases = 'a|n|t|ja|ssa|sta|lla|lta|lle|ksi|na';

/**
 * The Cyrillic-script languages of Russia and Central Asia, which write the Russian unit names:
 * Belarusian, Kazakh, Kyrgyz, Tatar, Bashkir, Sakha, Chechen, Chuvash, Ossetian, Tajik, Mongolian.
 */
const russianBorrowers = ['be', 'kk', 'ky', 'tt', 'ba', 'sah', 'ce', 'cv', 'os', 'tg', 'mn'];

/** Each language's own unit words (symbols are read in all of them). */
export const otherLanguagesUnits: Readonly<Record<string, UnitWords>> = {
  ru: russian,
  ...Object.fromEntries(russianBorrowers.map((lang) => [lang, russianBorrowed])),
  uk: {
    kmh: `кілометр${ending} на годину`,
    sqkm: `квадратн${ending} кілометр${ending}`,
    sqm: `квадратн${ending} метр${ending}`,
    ha: `гектар${ending}|га`,
    km: `кілометр${ending}`,
    cm: `сантиметр${ending}`,
    mm: `міліметр${ending}`,
    m: `метр${ending}`,
    tonne: `тонн${ending}|тон`,
    kg: `кілограм${ending}`,
    litre: `літр${ending}`,
  },
  // Bulgarian, Serbian and Macedonian Cyrillic: "километър", "метара", "хектара".
  bg: {
    kmh: `километ(?:ъ)?р${ending} в час|километра на час`,
    ha: `хектар${ending}|ха`,
    km: `километ(?:ъ)?р${ending}`,
    cm: `сантимет(?:ъ)?р${ending}`,
    mm: `милимет(?:ъ)?р${ending}`,
    m: `мет(?:ъ)?р${ending}`,
    tonne: `тон(?:а|и|ове)?`,
    kg: `килограм${ending}|кила|кило`,
    litre: `лит(?:ъ)?р${ending}`,
  },
  sr: {
    kmh: `километ(?:а)?р${ending} на сат`,
    ha: `хектар${ending}`,
    km: `километ(?:а)?р${ending}`,
    cm: `сантимет(?:а)?р${ending}`,
    mm: `милимет(?:а)?р${ending}`,
    m: `мет(?:а)?р${ending}`,
    tonne: `тон(?:а|е|у)?`,
    kg: `килограм${ending}`,
    litre: `лит(?:а)?р${ending}`,
  },
  pl: latinSlavic,
  el: {
    kmh: 'χιλιόμετρα (?:την|ανά) ώρα',
    ha: `εκτάρι${ending}`,
    // The Greek measure of land: a thousand square metres.
    stremma: `στρέμμ${ending}`,
    km: `χιλιόμετρ${ending}|χιλιομέτρ${ending}`,
    // Not "εκατοστιαίες μονάδες" (percentage points).
    cm: 'εκατοστ(?:ό|ά|ού|ών)',
    m: `μέτρ${ending}`,
    tonne: `τόν(?:ος|οι|ους|ων)`,
    kg: 'κιλ(?:ό|ά|ού|ών)',
    litre: `λίτρ${ending}`,
  },
  tr: {
    sqkm: `kilometrekare${ending}`,
    sqm: `metrekare${ending}`,
    ha: `hektar${ending}`,
    km: `kilometre${ending}`,
    cm: `santimetre${ending}`,
    m: `metre${ending}`,
    tonne: `ton(?:luk)?`,
    // Not "kilovat" nor "kilometre": "kilo", "kiloya", "kilodan", "kilonun", "kilolar", "kiloluk".
    kg: `kilogram${ending}|kilo(?:[yn]\\p{L}{0,3}|d[ae]n?|lar\\p{L}{0,3}|luk)?`,
    litre: `litre${ending}`,
  },
  hu: {
    ha: `hektár${ending}`,
    km: `kilométer${ending}`,
    cm: `centiméter${ending}`,
    m: `méter${ending}`,
    tonne: `tonn(?:a|á)${ending}`,
    kg: `kilogramm${ending}|kiló${ending}`,
    litre: `liter${ending}`,
  },
  fi: {
    ha: `hehtaari${ending}`,
    km: `kilometri${ending}`,
    cm: `senttimetri${ending}`,
    mm: `millimetri${ending}`,
    m: `metri${ending}`,
    tonne: `tonni${ending}`,
    // Not "kilowattituntia" (kilowatt-hours): "kilo", "kiloa", "kilon", "kiloja", "kilossa"…
    kg: `kilogramm${ending}|kilo(?:${finnishCases}|on|i(?:hin|en|${finnishCases}))?`,
    litre: `litra${ending}`,
  },
  et: { km: `kilomeet(?:er|ri)${ending}`, m: `meet(?:er|ri)${ending}`, tonne: `tonni${ending}` },
  lt: { ha: `hektar${ending}`, km: `kilometr${ending}`, m: `metr${ending}`, tonne: `ton${ending}` },
  ms: {
    ha: 'hektar',
    km: 'kilometer',
    cm: 'sentimeter',
    mm: 'milimeter',
    m: 'meter',
    tonne: 'tan',
    kg: 'kilogram',
    litre: 'liter',
  },
  sw: { ha: 'hekta', km: 'kilomita', m: 'mita', tonne: 'tani', litre: 'lita' },
  // Wolof spells the French names as they are said: "120 meetar", "87 milimetar".
  wo: { km: 'kilomeetar', cm: 'santimeetar', mm: 'milimetar', m: 'meetar' },
};
