// Statistical charset guessing for pages that declare no charset (or declare a wrong one).
// Each candidate decodes the bytes; the decoded text is scored for signs of the right
// charset (letters of one script, common letters/characters of the language) and of the
// wrong one (U+FFFD, control characters, mixed scripts, "Ã©"/"Ð¾" mojibake, "пРИвЕт" casing).

import { classOf, isWordLetter, scriptOf } from './char-class.ts';

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

// The most frequent letters/characters of the languages the multi-purpose charsets serve.
const russianCommon = new Set('оеаинтсрвлкмдпу');
/** Russian letters that together make only ~5% of text; Hebrew misread as windows-1251 is full of them. */
const russianRare = new Set('щъэюфцжшйё');
/** Letters rare outside Icelandic: windows-1252 reading Turkish or Czech bytes produces them. */
const westernRare = new Set('ðþýÐÞÝ');
const chineseCommon = new Set(
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实',
);
const japaneseCommon = new Set('日本人年大中一出事時行会見上下月分生自言前後東京語新今国者学業間社');
const koreanCommon = new Set('이다는의에가을를하고지서한로기사도니으어리자시대아해여수정나인부게라있만구');
/** Letters that only end a word: Greek final sigma, Hebrew final kaf, mem, nun, pe, tsadi. */
const finalForms = 'ςךםןףץ';
/** Latin-1 symbols no word contains: right after a letter they are ISO-8859-2 (or 1250) letters misread. */
const wordSymbols = '¤¦¨¬¯±¶¸¼½¾¿';
const latinSignatures: Readonly<Record<string, string>> = {
  'windows-1252': 'éèàâêçñüöäßôîïûùáíóú',
  'windows-1250': 'řěůčďťňľĺŕőűłąęśźżńŘŠŽČŁ',
  'iso-8859-2': 'řěůčďťňľĺŕőűłąęśźżńŘŠŽČŁ',
  'windows-1254': 'ğşıİŞĞ',
};

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
  let beforePrevious = '';
  const signature = latinSignatures[charset] ?? '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (isSymbolInWord(beforePrevious, previous, char)) garbage += 1;
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latinAscii += 1;
      if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) garbage += 1;
      beforePrevious = previous;
      previous = char;
      continue;
    }
    nonAscii += 1;
    if (code === 0xfffd || (code >= 0x80 && code <= 0x9f)) garbage += 1;
    else if (isLatinMojibake(previous, char)) garbage += 1;
    // "пРИвЕт": a capital right after a small letter is how KOI8-R reads as windows-1251.
    else if (classOf(previous).lower && classOf(char).upper) garbage += 1;
    const script = scriptOf(char);
    if (script !== null) scripts.set(script, (scripts.get(script) ?? 0) + 1);
    // "Pшнliљ": a word switching script mid-way is a misread, not a language.
    if (script !== null && isWordLetter(previous) && (scriptOf(previous) ?? 'latin') !== script) garbage += 1;
    // Greek final sigma and Hebrew final letters only end words; misreads put them anywhere.
    if (finalForms.includes(previous) && isWordLetter(char)) garbage += 1;
    // Vowel points and harakat sit on a letter; after a space or punctuation they are misread bytes.
    if (classOf(char).mark && !isWordLetter(previous) && !classOf(previous).mark) garbage += 1;
    // "zatwierdziła" read as windows-1250 from ISO-8859-2 bytes: "o¶miu", "rzek±", "ľlu»oučký".
    if (isWordLetter(previous) && wordSymbols.includes(char)) garbage += 1;
    if (russianCommon.has(char)) cyrillicCommon += 1;
    if (russianRare.has(char)) cyrillicRare += 1;
    if (charset === 'windows-1252' && westernRare.has(char)) bonus -= 2;
    if (chineseCommon.has(char) || japaneseCommon.has(char) || koreanCommon.has(char)) bonus += 3;
    if (code >= 0x3040 && code <= 0x30ff) bonus += 2;
    if (signature.includes(char)) bonus += 1;
    beforePrevious = previous;
    previous = char;
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

/** "Ã©", "Ð¾", "â€™": a Latin-1 letter beside a Latin-1 symbol is UTF-8 read as windows-1252. */
function isLatinMojibake(previous: string, char: string): boolean {
  const isLetter = (c: string): boolean => c >= '\u00c0' && c <= '\u00ff';
  const isSymbol = (c: string): boolean =>
    (c >= '\u00a0' && c <= '\u00bf') || '€‚ƒ„…†‡ˆ‰‹Œ‘’“”•–—˜™›œŸ'.includes(c);
  return (
    (isLetter(previous) && isSymbol(char)) || (isSymbol(previous) && isLetter(char) && previous !== '\u00a0')
  );
}
