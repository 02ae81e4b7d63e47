import { foldText } from '../search/fold-text.ts';
import { withKoreanCounts, withLatinDigits } from './script-digits.ts';

// Figures and dates survive translation: "$3.5 billion", "3,5 Milliarden Dollar" and
// "3,5 млрд долларов" carry the same value, "4,200" and "4 200" the same count, "March 3",
// "3. März" and "3 марта" the same day. Each becomes a key with the words it was read from.

// Round 39: Arabic (as folded: hamza and madda dropped, so ألف and آلاف read الف, الاف) and Hebrew
// scale words, read after a figure like the others.
const scales: readonly [RegExp, number][] = [
  [/^(trillion|трлн|трильйон|billones)/u, 1e12],
  [/^(billion|bn|milliard|mrd|млрд|миллиард|мільярд|mil millones|مليار|מיליארד)/u, 1e9],
  [/^(million|mio|millon|млн|миллион|мільйон|مليون|ملايين|מיליון)/u, 1e6],
  [/^(thousand|тыс|тысяч|тисяч|mil\b|الف|الاف|אלף)/u, 1e3],
];

const percent =
  /^(%|percent|per cent|prozent|pour cent|por ciento|процент|відсот|في الم[ئا]+ة|بالم[ئا]+ة|אחוז|퍼센트)/u;

const months: readonly [string, number][] = [
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
  ['januar', 1],
  ['februar', 2],
  ['marz', 3],
  ['mai', 5],
  ['juni', 6],
  ['juli', 7],
  ['oktober', 10],
  ['dezember', 12],
  ['janvier', 1],
  ['fevrier', 2],
  ['mars', 3],
  ['avril', 4],
  ['juin', 6],
  ['juillet', 7],
  ['aout', 8],
  ['septembre', 9],
  ['octobre', 10],
  ['novembre', 11],
  ['decembre', 12],
  ['enero', 1],
  ['febrero', 2],
  ['marzo', 3],
  ['abril', 4],
  ['mayo', 5],
  ['junio', 6],
  ['julio', 7],
  ['agosto', 8],
  ['septiembre', 9],
  ['octubre', 10],
  ['noviembre', 11],
  ['diciembre', 12],
  ['январ', 1],
  ['феврал', 2],
  ['март', 3],
  ['апрел', 4],
  ['мая', 5],
  ['май', 5],
  ['июн', 6],
  ['июл', 7],
  ['август', 8],
  ['сентябр', 9],
  ['октябр', 10],
  ['ноябр', 11],
  ['декабр', 12],
  ['січ', 1],
  ['лют', 2],
  ['берез', 3],
  ['квіт', 4],
  ['травн', 5],
  ['черв', 6],
  ['лип', 7],
  ['серп', 8],
  ['верес', 9],
  ['жовт', 10],
  ['листопад', 11],
  ['груд', 12],
  // Round 39: Hebrew, and Arabic as written in Egypt and the Gulf and in the Maghreb (folded: أ is ا).
  ['ינואר', 1],
  ['פברואר', 2],
  ['מרץ', 3],
  ['אפריל', 4],
  ['מאי', 5],
  ['יוני', 6],
  ['יולי', 7],
  ['אוגוסט', 8],
  ['ספטמבר', 9],
  ['אוקטובר', 10],
  ['נובמבר', 11],
  ['דצמבר', 12],
  ['يناير', 1],
  ['جانفي', 1],
  ['فبراير', 2],
  ['فيفري', 2],
  ['مارس', 3],
  ['ابريل', 4],
  ['افريل', 4],
  ['مايو', 5],
  ['ماي', 5],
  ['يونيو', 6],
  ['جوان', 6],
  ['يوليو', 7],
  ['جويلية', 7],
  ['اغسطس', 8],
  ['اوت', 8],
  ['سبتمبر', 9],
  ['اكتوبر', 10],
  ['نوفمبر', 11],
  ['ديسمبر', 12],
];

function monthOf(word: string): number | undefined {
  for (const [prefix, month] of months)
    if (word.startsWith(prefix) && word.length - prefix.length <= 3) return month;
  // Hebrew writes "on 4 March" as "4 במרץ": the preposition is a letter glued to the month.
  return /^[בל]\p{Script=Hebrew}{3}/u.test(word) ? monthOf(word.slice(1)) : undefined;
}

function parseNumber(raw: string): number {
  // Groups of three after a separator are thousands ("4,200", "4.200", "4 200"); otherwise a decimal.
  if (/^\d{1,3}([,.\s\u00a0\u202f]\d{3})+$/u.test(raw)) return Number(raw.replace(/\D/gu, ''));
  return Number(raw.replace(',', '.'));
}

function valueKey(value: number): string {
  return Number(value.toPrecision(3)).toString();
}

const numberPattern =
  /(\d{1,3}(?:[,.\s\u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)(?=\D|$)\s*([^\s\d.,;:!?()]*(?:\s[^\s\d.,;:!?()]+)?)/gu;
// Day first ("3 марта", "3. März") and month first ("March 3") are read separately, so that a word
// before a day-first date ("в Астане 3 марта") is not taken for the month.
const dayFirst = /(\d{1,2})\.?\s+(\p{L}+)/gu;
// A month name begins a word: tried from inside a long word too, a text without spaces (Chinese,
// Thai, a pasted link) was scanned to the word's end from each of its letters, quadratic in its length.
const monthFirst = /(?<!\p{L})(\p{L}+)\s+(\d{1,2})(?!\d)/gu;
/** Korean writes a date month first with unit words: 3월 4일 (March 4). */
const koreanDate = /(?<!\d)(\d{1,2})월\s?(\d{1,2})일/gu;

/** The number and date keys of a text ("n:4200", "n:3500000000", "n:17%", "d:03-03") with their surface words. */
export function numbersAndDates(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const folded = withKoreanCounts(withLatinDigits(foldText(text)));
  for (const match of folded.matchAll(numberPattern)) {
    const [surface, digits = '', after = ''] = match;
    const value = parseNumber(digits);
    if (!Number.isFinite(value)) continue;
    if (percent.test(after)) {
      found.set(`n:${valueKey(value)}%`, surface.trim());
      continue;
    }
    const scale = scales.find(([pattern]) => pattern.test(after))?.[1];
    if (scale !== undefined) found.set(`n:${valueKey(value * scale)}`, surface.trim());
    // Plain small numbers and years are everywhere; only sizeable, non-year counts identify a story.
    else if (
      value >= 100 &&
      !(Number.isInteger(value) && value >= 1900 && value <= 2100 && !/[,.\s]/u.test(digits))
    )
      found.set(`n:${valueKey(value)}`, digits);
  }
  const dates = [
    ...[...folded.matchAll(dayFirst)].map((m) => ({ surface: m[0], day: m[1], month: m[2] })),
    ...[...folded.matchAll(monthFirst)].map((m) => ({ surface: m[0], day: m[2], month: m[1] })),
    ...[...folded.matchAll(koreanDate)].map((m) => ({ surface: m[0], day: m[2], month: m[1] })),
  ];
  for (const match of dates) {
    const day = Number(match.day);
    const month = /^\d+$/u.test(match.month ?? '') ? Number(match.month) : monthOf(match.month ?? '');
    if (month === undefined || month < 1 || month > 12 || day < 1 || day > 31) continue;
    found.set(`d:${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, match.surface);
  }
  return found;
}
