// Round 58: a measured quantity is a figure of the story whichever units a writer gives it in. A
// report's "a 12-metre whale", "58 metres long" or "above 34C" becomes a follow-up's "40ft",
// "190 feet" or "93F": the writer converts and rounds. Small counts are not keyed as figures
// (numbers-and-dates.ts: "12" is everywhere), but "12 metres" says far more than "12", and the
// library's counts weigh how common it is. Each quantity is read into its SI value and keyed on two
// grids of one step offset by half a step, so two values within half a step of each other always
// share a key and values a step apart never do: a conversion rounded by a writer (84 ft, "25
// metres": 2.4 % apart) meets its original, a storm's 160 and 170 km/h (6 %) do not.

/** What a quantity measures, its key letter: length, area, speed, mass, volume, temperature. */
type Measure = 'l' | 'a' | 's' | 'm' | 'v' | 't';

/** Units by pattern, each with what it measures and its size in SI units (metres, m², m/s, kg, litres). */
const units: readonly (readonly [Measure, number, string])[] = [
  ['s', 1 / 3.6, 'km/h|kmh|kph|km an hour|km per hour|kilomet(?:re|er)s? (?:an|per) hour'],
  ['s', 0.44704, 'mph|miles? (?:an|per) hour'],
  ['s', 1, 'm/s|met(?:re|er)s? (?:a|per) second'],
  ['s', 0.51444, 'knots?'],
  ['a', 1e4, 'hectares?|ha|hektar(?:e|en)?|hectareas?'],
  ['a', 4046.86, 'acres?'],
  ['a', 0.092903, 'square (?:feet|foot)|sq ft'],
  ['a', 1, 'square met(?:re|er)s?|sq m|m²|m2'],
  ['a', 1e6, 'square kilomet(?:re|er)s?|sq km|km²|km2'],
  ['a', 2.58999e6, 'square miles?'],
  ['l', 1000, 'km|kilomet(?:re|er)s?|kilomet(?:ro|ri)s?'],
  ['l', 1609.34, 'miles?'],
  ['l', 0.01, 'cm|centimet(?:re|er)s?'],
  ['l', 0.001, 'mm|millimet(?:re|er)s?'],
  ['l', 1, 'met(?:re|er)s?|m[eèé]tres?|metros?|metri'],
  ['l', 0.3048, 'ft|feet|foot'],
  ['l', 0.0254, 'inch(?:es)?|in\\.'],
  ['l', 0.9144, 'yards?|yd'],
  ['m', 1000, 'tonnes?|tons?'],
  ['m', 1, 'kg|kilos?|kilogram(?:me)?s?'],
  ['m', 0.45359, 'lbs?'],
  ['v', 1, 'litres?|liters?'],
  // A gallon is 4.55 litres in Britain and 3.79 in America: both are read (below).
  ['v', 4.54609, 'gallons?'],
];
const usGallon = 3.78541;

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

const unitPattern = units.map(([, , pattern]) => `(${pattern})`).join('|');
const quantityPattern = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(minus\\s|[-\u2212\u2013])?([1-9]\\d{0,2}(?:[,.\\s\\u00a0\\u202f]\\d{3})+(?![.,]?\\d)|\\d+(?:[.,]\\d+)?|${[...numberWords.keys()].join('|')})[\\s\\u00a0-]?(?:${unitPattern})(?![\\p{L}\\p{N}])`,
  'giu',
);
/** A temperature: "34C", "34°C", "93 °F", "20 degrees Celsius" (a bare "34 C" is too often a grade or a name). */
const temperaturePattern =
  /(?<![\p{L}\p{N}.,])([Mm]inus\s|[-\u2212\u2013])?(\d{1,3}(?:[.,]\d)?)(?:\s?[°º]\s?([CF])|([CF])|\s?[Dd]egrees ([Cc]elsius|[Ff]ahrenheit|[CF]))(?![\p{L}\p{N}])/gu;

/** Which unit of `units` a quantity match was read with (its groups after the sign and the number). */
function unitGroup(match: RegExpMatchArray): number {
  for (let group = 3; group < match.length; group += 1) if (match[group] !== undefined) return group - 3;
  return -1;
}

function valueOf(raw: string): number {
  const word = numberWords.get(raw.toLowerCase());
  if (word !== undefined) return word;
  // Thousands grouped by commas, points or spaces ("4,200", German "1.500", French "1 500").
  if (/^[1-9]\d{0,2}(?:[,.\s\u00a0\u202f]\d{3})+$/u.test(raw)) return Number(raw.replace(/\D/gu, ''));
  return Number(raw.replace(',', '.'));
}

/**
 * A unit word that is another word of the language here: Italian and Spanish "ha" (has) after a year
 * ("Nel 2023 ha registrato", "En 2020 ha sido"), Spanish "miles de" (thousands of: "10 miles de
 * personas").
 */
function notAUnit(text: string, match: RegExpMatchArray, raw: string, pattern: string): boolean {
  const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 4);
  if (pattern.startsWith('hectares') && /ha$/iu.test(match[0]) && /^(?:1[89]|20)\d\d$/u.test(raw))
    return true;
  return pattern.startsWith('miles') && /^ de /iu.test(after);
}

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
 * with the words it was read from; the two keys of one quantity carry the same words.
 */
export function measuredQuantities(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const add = (keys: readonly string[], surface: string): void => {
    for (const key of keys) if (!found.has(key)) found.set(key, surface);
  };
  for (const match of text.matchAll(quantityPattern)) {
    const [surface, minus, raw = ''] = match;
    const unit = units[unitGroup(match)];
    const value = valueOf(raw);
    if (unit === undefined || minus !== undefined || !(value > 0)) continue;
    const [measure, size, pattern] = unit;
    if (notAUnit(text, match, raw, pattern)) continue;
    add(logKeys(measure, value * size), surface.trim());
    if (pattern.startsWith('gallon')) add(logKeys(measure, value * usGallon), surface.trim());
  }
  for (const match of text.matchAll(temperaturePattern)) {
    const [surface, minus, raw = '', symbol, glued, word] = match;
    const scale = (symbol ?? glued ?? word ?? '').slice(0, 1).toUpperCase();
    const value = valueOf(raw) * (minus === undefined ? 1 : -1);
    add(temperatureKeys(scale === 'F' ? ((value - 32) * 5) / 9 : value), surface.trim());
  }
  return found;
}

/** The unit a quantity's words are written in ("40ft": ft), or null when they are no quantity. */
function unitOf(words: string): string | null {
  const temperature = [...words.matchAll(temperaturePattern)][0];
  if (temperature !== undefined)
    return (temperature[3] ?? temperature[4] ?? temperature[5] ?? '').slice(0, 1).toUpperCase();
  const match = [...words.matchAll(quantityPattern)][0];
  const index = match === undefined ? -1 : unitGroup(match);
  return index < 0 ? null : String(index);
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
