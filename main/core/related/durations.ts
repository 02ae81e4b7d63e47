import { foldText } from '../search/fold-text.ts';

// Spans of time are figures that survive translation: "five years", "fünf Jahre", "fünfjährige",
// "cinq ans", "пять лет" and "5-year" say the same, where a plain small number ("five") says nothing.
// Each becomes a figure key ("n:5y") with the words it was read from. One is left out: "a year",
// "one day" are idioms as often as spans.

/** Number words 2–12 (folded, as foldText leaves them) in English, German, French, Spanish and Russian. */
const numberWords: readonly (readonly string[])[] = [
  ['two', 'zwei', 'deux', 'dos', 'два', 'две', 'двух'],
  ['three', 'drei', 'trois', 'tres', 'три', 'трех'],
  ['four', 'vier', 'quatre', 'cuatro', 'четыре', 'четырех'],
  ['five', 'funf', 'cinq', 'cinco', 'пять', 'пяти'],
  ['six', 'sechs', 'seis', 'шесть', 'шести'],
  ['seven', 'sieben', 'sept', 'siete', 'семь', 'семи'],
  ['eight', 'acht', 'huit', 'ocho', 'восемь', 'восьми'],
  ['nine', 'neun', 'neuf', 'nueve', 'девять', 'девяти'],
  ['ten', 'zehn', 'dix', 'diez', 'десять', 'десяти'],
  ['eleven', 'elf', 'onze', 'once', 'одиннадцать'],
  ['twelve', 'zwolf', 'douze', 'doce', 'двенадцать'],
];

const valueOf = new Map(numberWords.flatMap((words, index) => words.map((w) => [w, index + 2] as const)));

/** Units by their key letter; each pattern matches the unit word with its inflections or compound endings. */
const units: readonly (readonly [string, string])[] = [
  ['y', 'years?|jahr(?:e|en|es)?|jahrig\\p{L}*|ans|annees?|anos|лет|года?'],
  ['mo', 'months?|monat(?:e|en|s)?|monatig\\p{L}*|mois|meses|месяца?|месяцев'],
  ['w', 'weeks?|woche(?:n)?|wochig\\p{L}*|semaines?|semanas?|недел[яиьюе]'],
  ['d', 'days?|tag(?:e|en)?|tagig\\p{L}*|jours?|dias?|дня|дней|день'],
  ['h', 'hours?|stunden?|stundig\\p{L}*|heures?|horas?|часа?|часов'],
];

const spanPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,3}|${[...valueOf.keys()].join('|')})[\\s-]?(?:(${units.map(([, p]) => p).join(')|(')}))(?![\\p{L}\\p{N}])`,
  'gu',
);

/** The span-of-time figure keys of a text ("n:5y", "n:6mo", "n:48h") with the words each was read from. */
export function durations(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of foldText(text).matchAll(spanPattern)) {
    const [surface, count = ''] = match;
    const value = /^\d/u.test(count) ? Number(count) : (valueOf.get(count) ?? 0);
    const unit = units.find((_, index) => match[index + 2] !== undefined)?.[0];
    if (value < 2 || unit === undefined) continue;
    found.set(`n:${value}${unit}`, surface.trim());
  }
  return found;
}
