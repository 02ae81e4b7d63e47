import type { UnitWords } from './measure-units.ts';

// Round 59: the unit names of the Slavic languages, Greek, Turkish, Hungarian, the Finnic and Baltic
// languages, Malay, Swahili and Wolof (unit-words.ts).

/** Any inflection a noun takes after its stem, in the languages that inflect by endings. */
const ending = '\\p{L}*';

/** Russian unit names, which the Cyrillic languages of Russia and Central Asia borrow with their own endings. */
const russian: UnitWords = {
  kmh: `километр${ending} в час|км в час`,
  mps: `метр${ending} в секунду`,
  knot: `узл${ending}|узел`,
  sqkm: `квадратн${ending} километр${ending}|кв\\. ?км`,
  sqm: `квадратн${ending} метр${ending}|кв\\. ?м`,
  ha: `гектар${ending}|га`,
  km: `километр${ending}`,
  cm: `сантиметр${ending}`,
  mm: `миллиметр${ending}`,
  m: `метр${ending}`,
  ft: `фут${ending}`,
  tonne: `тонн${ending}`,
  kg: `килограмм${ending}`,
  litre: `литр${ending}`,
};

/** The Slavic languages written in Latin letters: Polish, Czech, Slovak, Croatian, Bosnian, Serbian, Slovene. */
const latinSlavic: UnitWords = {
  kmh: `kilomet(?:r|ar)${ending} na (?:godzinę|hodinu|sat|uro)`,
  ha: `hektar${ending}|ha`,
  km: `kilomet(?:r|ar)${ending}`,
  cm: `cent[yi]met(?:r|ar)${ending}`,
  mm: `milimet(?:r|ar)${ending}`,
  m: `met(?:r|ar)${ending}`,
  tonne: `ton(?:a|y|ę|ie|ami|ach|u|e|ë)?|tun[ay]?|tuna`,
  kg: `kilogram${ending}`,
  litre: `lit(?:r|ar)${ending}`,
};

/** Each language's own unit words (symbols are read in all of them). */
export const otherLanguagesUnits: Readonly<Record<string, UnitWords>> = {
  ru: russian,
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
    cm: `εκατοστ${ending}`,
    m: `μέτρ${ending}`,
    tonne: `τόν(?:ος|οι|ους|ων)`,
    kg: `κιλ[άώό]${ending}`,
    litre: `λίτρ${ending}`,
  },
  tr: {
    ha: `hektar${ending}`,
    km: `kilometre${ending}`,
    cm: `santimetre${ending}`,
    m: `metre${ending}`,
    tonne: `ton(?:luk)?`,
    kg: `kilogram${ending}|kilo${ending}`,
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
    kg: `kilo${ending}`,
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
