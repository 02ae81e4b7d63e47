import { baseLanguage } from '../../shared/base-language.ts';
import { units, type Measure, type UnitId } from './measure-units.ts';
import { degreeWordsOf, everyLanguageListed, languagesRead, unitPatterns } from './unit-words.ts';

// Round 58: a measured quantity is a figure of the story whichever units a writer gives it in. A
// report's "a 12-metre whale", "58 metres long" or "above 34C" becomes a follow-up's "40ft",
// "190 feet" or "93F": the writer converts and rounds. Small counts are not keyed as figures
// (numbers-and-dates.ts: "12" is everywhere), but "12 metres" says far more than "12", and the
// library's counts weigh how common it is. Each quantity is read into its SI value and keyed on two
// grids of one step offset by half a step, so two values within half a step of each other always
// share a key and values a step apart never do: a conversion rounded by a writer (84 ft, "25
// metres": 2.4 % apart) meets its original, a storm's 160 and 170 km/h (6 %) do not.

/** English number words a measure is often written with ("four inches", "six metres"). */
const numberWords: ReadonlyMap<string, number> = new Map(
  ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(
    (word, index) => [word, index + 2] as const,
  ),
);

/** The step of the grids: about 5 % of the value, so conversions within 2.5 % always meet. */
const logStep = 0.05;
/** Degrees Celsius: 34C is written 93F, 93.2 read back; within a degree always meets. */
const celsiusStep = 2;

const sign = '(?<![\\p{L}\\p{N}.,])([Mm]inus\\s|[-\u2212\u2013])?';
// At most four groups of thousands (a trillion): unbounded, a run of space-grouped numbers ("123 123
// 123 …", no unit after it) was read again from each group to the end, quadratic in its length.
const figure = '[1-9]\\d{0,2}(?:[,.\\s\\u00a0\\u202f]\\d{3}){1,4}(?![.,]?\\d)|\\d+(?:[.,]\\d+)?';

/** How a page in one language is read: its quantity and temperature patterns and the unit of each group. */
interface Reading {
  /** Read with the English words: a page in English, or in a language unknown or not listed. */
  readonly english: boolean;
  readonly quantity: RegExp;
  readonly unitIds: readonly UnitId[];
  readonly temperature: RegExp;
}

function readingOf(
  patterns: readonly (readonly [UnitId, string])[],
  degrees: string,
  english: boolean,
): Reading {
  const numbers = english ? `|${[...numberWords.keys()].join('|')}` : '';
  const unitPattern = patterns.map(([, pattern]) => `(${pattern})`).join('|');
  return {
    english,
    quantity: new RegExp(
      `${sign}(${figure}${numbers})[\\s\\u00a0-]?(?:${unitPattern})(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    unitIds: patterns.map(([id]) => id),
    // "34°C", "93 °F", "34C", or a degree word ("20 degrees Celsius", "25 Grad"); a bare "34 C" is
    // too often a grade or a name. The scale letter must be a capital: "14c" is no temperature.
    temperature: new RegExp(
      `${sign}(\\d{1,3}(?:[.,]\\d)?)(?:\\s?[°º]\\s?([CF])|([CF])${degrees === '' ? '' : `|\\s?(?:${degrees})`})(?![\\p{L}\\p{N}])`,
      'giu',
    ),
  };
}

const readings = new Map<string, Reading>();

/** The reading of a page in `lang` (a language tag, "pt-BR"; null when unknown), built once per language. */
function readingFor(lang: string | null): Reading {
  const languages = languagesRead(baseLanguage(lang));
  const key = languages.join(',');
  let reading = readings.get(key);
  if (reading === undefined) {
    reading = readingOf(unitPatterns(languages), degreeWordsOf(languages), languages.includes('en'));
    readings.set(key, reading);
  }
  return reading;
}

/** Every language's reading at once: which unit a quantity read in any language is written in. */
let anyLanguage: Reading | null = null;
const everyLanguage = (): Reading =>
  (anyLanguage ??= readingOf(unitPatterns(everyLanguageListed), degreeWordsOf(everyLanguageListed), true));

/** Which unit of a reading a quantity match was read with (its groups after the sign and the number). */
function unitOfMatch(reading: Reading, match: RegExpMatchArray): UnitId | undefined {
  for (let group = 3; group < match.length; group += 1)
    if (match[group] !== undefined) return reading.unitIds[group - 3];
  return undefined;
}

function valueOf(raw: string): number {
  const word = numberWords.get(raw.toLowerCase());
  if (word !== undefined) return word;
  // Thousands grouped by commas, points or spaces ("4,200", German "1.500", French "1 500").
  if (/^[1-9]\d{0,2}(?:[,.\s\u00a0\u202f]\d{3})+$/u.test(raw)) return Number(raw.replace(/\D/gu, ''));
  return Number(raw.replace(',', '.'));
}

/**
 * Whether a temperature's words say it is one. A scale letter glued to a number ("41C", "104F") is how
 * English news writes a temperature, and also a seat, a grade, a flat or a class ("Seat 14C", "Grade
 * 9F", "Year 11C"): a label is written capitalised before it, a temperature after a verb, a
 * preposition or a bracket ("hit 41C", "of 104F", "(93F)"). A degree word without its scale ("25
 * Grad", "30 degrés") is a temperature when weather can have it: "um 180 Grad gedreht" is an angle.
 */
function isTemperature(text: string, match: RegExpMatchArray, value: number): boolean {
  const [surface, , , symbol, glued] = match;
  const letter = symbol ?? glued;
  if (letter !== undefined && letter !== letter.toUpperCase()) return false;
  if (glued !== undefined) {
    const before = text.slice(Math.max(0, (match.index ?? 0) - 30), match.index ?? 0);
    return !/\p{Lu}[\p{L}.]*\s$/u.test(before);
  }
  return symbol !== undefined || scaleWritten.test(surface) || Math.abs(value) <= 60;
}

/** A temperature's scale named in words, in the languages of unit-words.ts. */
const scaleWritten =
  /celsius|fahrenheit|цельси|фаренгейт|целзий|κελσίου|φαρενάιτ|celsjusza|fahrenheita|centígrados|centigradi|degrees? [CF]$/iu;

/**
 * Whether an English reading's "ha" or "miles" is an Italian or Spanish word: "has" after a year ("Nel
 * 2023 ha registrato", "En 2020 ha sido"), "thousands" before "de" ("10 miles de personas"). A page
 * whose language is unknown is read in English, and non-English sites are often labelled `en-US`.
 */
function isRomanceWord(text: string, match: RegExpMatchArray, id: UnitId, raw: string): boolean {
  const [surface] = match;
  if (id === 'ha') return surface.endsWith('ha') && /^(?:19\d\d|20\d\d|2100)$/u.test(raw);
  const end = (match.index ?? 0) + surface.length;
  return id === 'mile' && surface.endsWith('miles') && /^\s+de\s/u.test(text.slice(end, end + 5));
}

/** An American gallon, in litres. */
const usGallon = 3.78541;

/** The two grid keys of a positive SI value. */
function logKeys(measure: Measure, value: number): string[] {
  const cell = Math.log(value) / logStep;
  return [`n:~${measure}${Math.floor(cell)}`, `n:~${measure}:${Math.floor(cell + 0.5)}`];
}

function temperatureKeys(celsius: number): string[] {
  const cell = celsius / celsiusStep;
  return [`n:~t${Math.floor(cell)}`, `n:~t:${Math.floor(cell + 0.5)}`];
}

/**
 * The measured-quantity figure keys of a text ("n:~l49", "n:~l:50" for 12 metres, 40 ft too), each
 * with the words it was read from; the two keys of one quantity carry the same words. `lang`: the
 * page's language, whose unit words are read (unit-words.ts).
 */
export function measuredQuantities(text: string, lang: string | null = null): Map<string, string> {
  const found = new Map<string, string>();
  const add = (keys: readonly string[], surface: string): void => {
    for (const key of keys) if (!found.has(key)) found.set(key, surface);
  };
  const reading = readingFor(lang);
  for (const match of text.matchAll(reading.quantity)) {
    const [surface, minus, raw = ''] = match;
    const id = unitOfMatch(reading, match);
    const value = valueOf(raw);
    if (id === undefined || minus !== undefined || !(value > 0)) continue;
    if (reading.english && isRomanceWord(text, match, id, raw)) continue;
    const { measure, size } = units[id];
    add(logKeys(measure, value * size), surface.trim());
    if (id === 'gallon') add(logKeys(measure, value * usGallon), surface.trim());
  }
  for (const match of text.matchAll(reading.temperature)) {
    const [surface, minus, raw = ''] = match;
    const scale = scaleOf(surface);
    const value = valueOf(raw) * (minus === undefined ? 1 : -1);
    if (!isTemperature(text, match, value)) continue;
    add(temperatureKeys(scale === 'F' ? ((value - 32) * 5) / 9 : value), surface.trim());
  }
  return found;
}

/** The scale a temperature's words give: Fahrenheit by its letter or its name, else Celsius. */
const scaleOf = (surface: string): 'C' | 'F' =>
  /(?:\d|°|º|\s)F$|fahrenheit|фаренгейт|φαρενάιτ/iu.test(surface.trim()) ? 'F' : 'C';

/** Units already read from a quantity's words: the same labels meet in pair after pair. */
const unitsRead = new Map<string, string | null>();
/** Past this many, the memo starts again (labels are short; a library has a few thousand). */
const unitsReadCap = 20_000;

/** The unit a quantity's words are written in ("40ft": ft), in any language, or null when they are no quantity. */
function unitOf(words: string): string | null {
  const known = unitsRead.get(words);
  if (known !== undefined) return known;
  const reading = everyLanguage();
  const temperature = [...words.matchAll(reading.temperature)][0];
  const match = temperature === undefined ? [...words.matchAll(reading.quantity)][0] : undefined;
  const unit =
    temperature !== undefined
      ? scaleOf(temperature[0])
      : ((match === undefined ? undefined : unitOfMatch(reading, match)) ?? null);
  if (unitsRead.size >= unitsReadCap) unitsRead.clear();
  unitsRead.set(words, unit);
  return unit;
}

/**
 * Whether a quantity two texts share is written in two units ("12 metres", "40ft"): a writer
 * converting the other's measure. The same small measure in the same unit ("three kilometres" around
 * every bird-flu outbreak, "400 metres" of road) is met by chance as often as by reference.
 */
export function isConversion(own: string | null, theirs: string | null | undefined): boolean {
  const unit = own === null ? null : unitOf(own);
  const other = theirs === null || theirs === undefined ? null : unitOf(theirs);
  return unit !== null && other !== null && unit !== other;
}

/** What a measured-quantity key measures (its letter: length, area, speed…). */
export const measureOf = (key: string): string => key.slice(3, 4);

/** A measured-quantity key (as against a plain figure, a date or a span of time). */
export const isQuantityKey = (key: string): boolean => key.startsWith('n:~');
