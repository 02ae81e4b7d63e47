// Statistical charset guessing for pages that declare no charset (or declare a wrong one).
// Each candidate decodes the bytes; the decoded text is scored for signs of the right
// charset (letters of one script, common letters/characters of the language) and of the
// wrong one (U+FFFD, control characters, mixed scripts, "Ã©"/"Ð¾" mojibake, "пРИвЕт" casing).

import { classOf, isWordLetter, type CharClass } from './char-class.ts';
import {
  charSigns,
  cjkCommonSign,
  finalFormSign,
  latinSignatureSign,
  russianCommonSign,
  russianRareSign,
  westernRareSign,
  wordSymbolSign,
} from './charset-signs.ts';

/** Candidates in tie-break order: UTF-8 first, windows-1252 before the other Latin charsets. */
export const charsetCandidates = [
  'utf-8',
  'windows-1252',
  'windows-1251',
  'koi8-r',
  'shift_jis',
  'euc-jp',
  'gb18030',
  'euc-kr',
  'windows-1250',
  'iso-8859-2',
  'windows-1253',
  'iso-8859-7',
  'windows-1255',
  'iso-8859-8',
  'windows-1256',
  'iso-8859-6',
  'windows-1254',
  'iso-8859-5',
] as const;

/** How a decoded text looks: higher score is more plausible; garbage counts signs of a wrong charset. */
export interface TextQuality {
  readonly score: number;
  readonly garbage: number;
  readonly nonAscii: number;
}

/** How many bytes are scored: enough for statistics, bounded for very large pages. */
const sampleBytes = 65536;

/** The 128 ASCII characters as strings, so that scoring reads them without allocating. */
const asciiChars = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code));
const asciiClasses = asciiChars.map(classOf);
/** Classes of the characters below U+3100 (Latin, Greek, Cyrillic, Hebrew, Arabic, kana) by code: an array read beats a Map lookup. */
const bmpClasses = new Array<CharClass | undefined>(0x3100);

/** Picks the most plausible charset for bytes with no usable declaration. */
export function guessCharset(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, sampleBytes);
  let best: { charset: string; score: number } = { charset: 'windows-1252', score: -Infinity };
  for (const charset of charsetCandidates) {
    const { score } = scoreText(new TextDecoder(charset).decode(sample), charset);
    if (score > best.score) best = { charset, score };
  }
  return best.charset;
}

/** Scores decoded text; `charset` only selects the Latin signature letters to reward. */
export function scoreText(text: string, charset = ''): TextQuality {
  const scripts = new Map<string, number>();
  let garbage = 0;
  let nonAscii = 0;
  let bonus = 0;
  let latinAscii = 0;
  let cyrillicCommon = 0;
  let cyrillicRare = 0;
  let previous = '';
  // -1: the text's start, where `previous` is ''.
  let previousCode = -1;
  let previousClass = classOf('');
  let beforePrevious = '';
  const signature = latinSignatureSign[charset] ?? 0;
  const western = charset === 'windows-1252';
  // '' (the text's start) has always matched finalForms.includes(''): kept so scores do not move.
  let previousSigns = finalFormSign;
  // Indexed rather than `for…of`: most of a page is ASCII markup, and iterating by code point made
  // a new string per character. ASCII characters come from a table; the rest step by code point.
  for (let index = 0; index < text.length;) {
    const code = text.codePointAt(index) ?? 0;
    if (code < 0x80) {
      index += 1;
      const char = asciiChars[code] ?? '';
      if (isLatin1Range(previousCode, 0xa1, 0xbf) && isSymbolInWord(beforePrevious, previous, char))
        garbage += 1;
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latinAscii += 1;
      if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) garbage += 1;
      beforePrevious = previous;
      previous = char;
      previousCode = code;
      previousClass = asciiClasses[code] ?? previousClass;
      previousSigns = 0;
      continue;
    }
    index += code > 0xffff ? 2 : 1;
    const char = String.fromCodePoint(code);
    // Each character's class is read once and carried as the next one's `previousClass`.
    const signs = code <= 0xffff ? (charSigns[code] ?? 0) : 0;
    const charClass = code < bmpClasses.length ? (bmpClasses[code] ??= classOf(char)) : classOf(char);
    if (isLatin1Range(previousCode, 0xa1, 0xbf) && isSymbolInWord(beforePrevious, previous, char))
      garbage += 1;
    nonAscii += 1;
    if (code === 0xfffd || (code >= 0x80 && code <= 0x9f)) garbage += 1;
    else if (isLatinMojibake(previousCode, code)) garbage += 1;
    // "пРИвЕт": a capital right after a small letter is how KOI8-R reads as windows-1251.
    else if (previousClass.lower && charClass.upper) garbage += 1;
    const script = charClass.script;
    if (script !== null) scripts.set(script, (scripts.get(script) ?? 0) + 1);
    // "Pшнliљ": a word switching script mid-way is a misread, not a language.
    if (script !== null && previousClass.letter && (previousClass.script ?? 'latin') !== script) garbage += 1;
    // Greek final sigma and Hebrew final letters only end words; misreads put them anywhere.
    if ((previousSigns & finalFormSign) !== 0 && charClass.letter) garbage += 1;
    // Vowel points and harakat sit on a letter; after a space or punctuation they are misread bytes.
    if (charClass.mark && !previousClass.letter && !previousClass.mark) garbage += 1;
    // "zatwierdziła" read as windows-1250 from ISO-8859-2 bytes: "o¶miu", "rzek±", "ľlu»oučký".
    if (previousClass.letter && (signs & wordSymbolSign) !== 0) garbage += 1;
    if ((signs & russianCommonSign) !== 0) cyrillicCommon += 1;
    if ((signs & russianRareSign) !== 0) cyrillicRare += 1;
    if (western && (signs & westernRareSign) !== 0) bonus -= 2;
    if ((signs & cjkCommonSign) !== 0) bonus += 3;
    if (code >= 0x3040 && code <= 0x30ff) bonus += 2;
    if ((signs & signature) !== 0) bonus += 1;
    beforePrevious = previous;
    previous = char;
    previousCode = code;
    previousClass = charClass;
    previousSigns = signs;
  }
  const ranked = [...scripts.entries()].sort((a, b) => b[1] - a[1]);
  const [dominant, dominantCount] = ranked[0] ?? ['none', 0];
  const others = ranked.slice(1).reduce((sum, [, count]) => sum + count, 0);
  let score = dominantCount - 2 * others + bonus - 5 * garbage;
  // Real Russian text is about half о е а и н т с р в л…; Hebrew or Greek misread as Cyrillic is not.
  if (dominant === 'cyrillic')
    score += Math.round(dominantCount * 2 * (cyrillicCommon / dominantCount - 0.4));
  if (dominant === 'cyrillic') score -= 3 * Math.max(0, cyrillicRare - 0.1 * dominantCount);
  // Latin-script languages use mostly ASCII letters; text mostly in À-ÿ is another script misread.
  if (dominant === 'latin' && dominantCount > 0.5 * (dominantCount + latinAscii)) score -= 2 * dominantCount;
  return { score, garbage, nonAscii };
}

/** "ľlu»oučký": a Latin-1 symbol between two letters is a letter of another Latin charset (not · or ´). */
function isSymbolInWord(before: string, symbol: string, after: string): boolean {
  return (
    symbol >= '\u00a1' &&
    symbol <= '\u00bf' &&
    !'·´ºª'.includes(symbol) &&
    isWordLetter(before) &&
    isWordLetter(after)
  );
}

/** Windows-1252 punctuation that UTF-8 lead bytes turn into, as code points. */
const mojibakeSymbols = new Set(Array.from('€‚ƒ„…†‡ˆ‰‹Œ‘’“”•–—˜™›œŸ', (char) => char.codePointAt(0)));

function isLatin1Range(code: number, low: number, high: number): boolean {
  return code >= low && code <= high;
}

function isLatin1Symbol(code: number): boolean {
  // -1 (the start of the text, '') has always counted as a symbol ('…'.includes('') is true); kept so scores do not move.
  return isLatin1Range(code, 0xa0, 0xbf) || code === -1 || mojibakeSymbols.has(code);
}

/** "Ã©", "Ð¾", "â€™": a Latin-1 letter beside a Latin-1 symbol is UTF-8 read as windows-1252. */
function isLatinMojibake(previous: number, code: number): boolean {
  return (
    (isLatin1Range(previous, 0xc0, 0xff) && isLatin1Symbol(code)) ||
    (isLatin1Symbol(previous) && isLatin1Range(code, 0xc0, 0xff) && previous !== 0xa0)
  );
}
