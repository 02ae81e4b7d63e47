/**
 * Language folding shared by the index encoder, phrase verification and snippet highlighting:
 * all three must fold a word the same way or phrases and highlights stop lining up with hits.
 */

/**
 * Marks dropped after NFKD: Latin/Greek/Cyrillic combining accents, Hebrew niqqud and cantillation,
 * Arabic harakat and Quranic signs. Other scripts' marks (Indic vowel signs, Japanese voicing) are
 * part of the word and kept.
 */
const droppedMarks =
  // eslint-disable-next-line no-misleading-character-class -- a class of lone combining marks is the point
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/u;

/** Cyrillic и + breve is й, a letter of its own in Russian: protected from mark removal. */
// eslint-disable-next-line no-misleading-character-class -- as above: marks are matched on their own
const marksOrShortI = new RegExp(`([\\u0438\\u0418]\\u0306)|${droppedMarks.source}+`, 'gu');

/** Letters NFKD leaves alone that readers still type without: ligatures, sharp s, final sigma, Turkish dotless i. */
const letterFolds: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ς: 'σ',
  // Arabic tatweel only stretches a word for layout; it is a letter to Unicode, so drop it here.
  '\u0640': '',
};
const letterFoldPattern = /[ßæœøłđħıς\u0640]/gu;

/** Scripts written without spaces between words: split into overlapping bigrams for search. */
export const cjkRun = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u3005\u30fc]+/gu;

/** Whether `text` has any character that `cjkRun` matches. */
export const hasCjk = (text: string): boolean =>
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(text);

/** Word characters for splitting: letters, digits and the marks kept by `foldText` (Indic vowel signs). */
export const wordChars = '\\p{L}\\p{N}\\p{M}';

/**
 * Folds case and diacritics: é→e, ё→е, ά→α, ς→σ, ß→ss, æ→ae, ﬁ→fi, İ/ı→i, Arabic tashkeel and
 * tatweel and Hebrew niqqud removed. Hangul and kana stay composed (NFC at the end).
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(marksOrShortI, (_, shortI: string | undefined) => shortI ?? '')
    .toLowerCase()
    .replace(letterFoldPattern, (letter) => letterFolds[letter] ?? letter)
    .normalize('NFC');
}

/** The search units of one folded CJK run: overlapping bigrams, or the character itself when alone. */
export function cjkBigrams(run: string): string[] {
  const out: string[] = [];
  if (astral.test(run)) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i += 1) out.push(`${chars[i]}${chars[i + 1]}`);
  } else {
    // Almost all CJK text is in the BMP, where code units are characters and slicing is cheapest.
    for (let i = 0; i + 1 < run.length; i += 1) out.push(run.slice(i, i + 2));
  }
  return out.length === 0 ? [run] : out;
}

const astral = /[\ud800-\udfff]/;

/** Expands encoded terms so CJK runs inside them become bigrams; other terms pass through. */
export function splitCjkTerms(terms: readonly string[]): string[] {
  const out: string[] = [];
  for (const term of terms) {
    if (!hasCjk(term)) {
      out.push(term);
      continue;
    }
    // split with a capture group: odd parts are the CJK runs, even parts the text around them.
    term.split(cjkSplit).forEach((part, i) => {
      if (i % 2 === 1) for (const bigram of cjkBigrams(part)) out.push(bigram);
      else if (part !== '') out.push(part);
    });
  }
  return out;
}

const cjkSplit = new RegExp(`(${cjkRun.source})`, 'u');
