import { cjkRun, foldText, hasCjk, wordChars } from '../fold-text.ts';
import { normalizeText } from './normalize-text.ts';

/**
 * Finds a phrase in raw stored text without folding the text: each folded letter of the phrase
 * becomes the class of every character that folds to it (e, é, É, ê…), letters that fold to two
 * (ß, æ, ﬁ) are alternatives, combining marks that folding drops may follow any letter, and words
 * are separated by any run of non-word characters — the same adjacency `normalizeText` gives.
 * Folding an 8 kB article costs ~1 ms; one test here 2–130 µs (more for a common first word).
 */

/** Scripts whose letters are tabled below; a phrase with other letters is checked by folding. */
export const tabled = /^[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{N}]+$/u;
const ranges: readonly (readonly [number, number])[] = [
  [0x30, 0x52f],
  [0x1e00, 0x1fff],
  [0x2070, 0x209f],
  [0xfb00, 0xfb06],
  [0xff10, 0xff5a],
];
/** Marks the folding drops (as in fold-text.ts), allowed after any letter of raw text. */
const droppedMark = '[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]*';

/** Fold classes by folded letter. */
export interface FoldTable {
  /** Folded letter → the class of every character folding to exactly it (escaped, with marks). */
  readonly single: Map<string, string>;
  /** By first folded letter: what characters folding to two or more letters fold to, and their class. */
  readonly multi: Map<string, { readonly folded: string; readonly pattern: string }[]>;
}

let table: FoldTable | null = null;

/** The fold classes of Latin, Greek and Cyrillic letters and digits (built once). */
export function foldTable(): FoldTable {
  if (table !== null) return table;
  const single = new Map<string, string[]>();
  const multi = new Map<string, string[]>();
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code += 1) {
      const char = String.fromCharCode(code);
      if (!/[\p{L}\p{N}]/u.test(char)) continue;
      const folded = foldText(char);
      if (folded === '') continue;
      const target = Array.from(folded).length === 1 ? single : multi;
      target.set(folded, [...(target.get(folded) ?? []), char]);
    }
  }
  const classOf = (chars: readonly string[]): string => `[${escape(chars.join(''))}]${droppedMark}`;
  const byFirst = new Map<string, { folded: string; pattern: string }[]>();
  for (const [folded, chars] of multi) {
    const first = folded.charAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), { folded, pattern: classOf(chars) }]);
  }
  table = { single: new Map([...single].map(([letter, chars]) => [letter, classOf(chars)])), multi: byFirst };
  return table;
}

const escape = (text: string): string => text.replace(/[\\\]^[-]/gu, '\\$&');

/** The pattern of one folded word from position `at`: a letter class, or a multi-letter fold. */
export function wordPattern(word: string, at: number, folds: FoldTable, depth = 0, prefix = false): string {
  if (at >= word.length) return '';
  const letter = word.charAt(at);
  const letterClass = folds.single.get(letter) ?? `[${escape(letter)}]${droppedMark}`;
  const options = [`${letterClass}${wordPattern(word, at + 1, folds, depth, prefix)}`];
  // A word rarely holds more than a couple of ß/æ/ﬁ-like spots: past that, letters only.
  if (depth < 3) {
    for (const { folded, pattern } of folds.multi.get(letter) ?? []) {
      if (word.startsWith(folded, at)) {
        options.push(`${pattern}${wordPattern(word, at + folded.length, folds, depth + 1, prefix)}`);
      } else if (prefix && folded.startsWith(word.slice(at))) {
        // A prefix may end inside a ligature: "f" starts "ﬁnal".
        options.push(pattern);
      }
    }
  }
  return options.length === 1 ? (options[0] ?? '') : `(?:${options.join('|')})`;
}

const wordChar = new RegExp(`[${wordChars}]`, 'u');
const cjkChar = new RegExp(cjkRun.source, 'u');

const notWord = 1;
const wordNotCjk = 2;
const wordCjk = 3;

/**
 * What each BMP code point is (0 until first seen, then one of the three above): Cyrillic, Greek
 * and accented text used to build a string and run a regex per character here, which made the
 * snippets of a Russian page cost more than its query.
 */
const charClasses = new Uint8Array(0x10000);

function classify(code: number): number {
  const char = String.fromCodePoint(code);
  if (!wordChar.test(char)) return notWord;
  return code >= 0x2e80 && cjkChar.test(char) ? wordCjk : wordNotCjk;
}

function classAt(text: string, at: number): number {
  const code = text.codePointAt(at);
  if (code === undefined) return notWord;
  // ASCII, most of the text here: digits and letters only.
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
      ? wordNotCjk
      : notWord;
  if (code > 0xffff) return classify(code);
  let known = charClasses[code] ?? 0;
  if (known === 0) {
    known = classify(code);
    charClasses[code] = known;
  }
  return known;
}

/** Whether the character (code point) starting at `at` is a word character. */
export function isWordCharAt(text: string, at: number): boolean {
  return classAt(text, at) !== notWord;
}

/**
 * Whether the character at `at` continues a (non-CJK) word: a letter, digit or kept mark that is not
 * CJK. The index splits CJK runs out of mixed words ("abc東京" is "abc", "東京"), so CJK ends a word.
 */
export function extendsWordAt(text: string, at: number): boolean {
  return classAt(text, at) === wordNotCjk;
}

/** Whether the character (code point) ending just before `at` continues a (non-CJK) word. */
export function extendsWordBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return extendsWordAt(text, start);
}

/**
 * Common letters (Latin, Greek, Cyrillic) that certainly continue a word: a searched word may not
 * start right after one, nor (typed in full) end right before one. Checks in code decide every other
 * case; these let a pattern skip the "a" inside "data" itself instead of returning each such spot to
 * be rejected one by one (snippets and phrase checks of short common words cost more than their
 * query). Explicit ranges: a Unicode property class costs ~0.5 ms to compile.
 */
const letters =
  '0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0391-\\u03A9\\u03B1-\\u03C9\\u0401\\u0410-\\u044F\\u0451';
export const notAfterLetter = `(?<![${letters}])`;
export const notBeforeLetter = `(?![${letters}])`;

/** Where the run of non-word characters starting at `at` ends. */
function skipSeparators(text: string, at: number): number {
  let next = at;
  while (next < text.length && !isWordCharAt(text, next)) next += 1;
  return next;
}

/**
 * Where a phrase first starts in raw text (-1: nowhere), or null when the phrase has words this
 * cannot express (CJK, scripts outside Latin/Greek/Cyrillic): those are checked by folding the
 * text. Word boundaries and separators are checked here rather than in the pattern: a Unicode
 * property class costs ~0.5 ms to compile, a phrase's letter classes ~0.02 ms, and a phrase is
 * compiled once per query. The place lets a hit's snippets be cut around its phrase.
 */
export function phraseFinder(phrase: string): ((text: string) => number) | null {
  const words = normalizeText(phrase).trim().split(' ').filter(Boolean);
  if (words.length === 0 || words.some((w) => hasCjk(w) || !tabled.test(w))) return null;
  const folds = foldTable();
  const [first, ...rest] = words.map((w) => wordPattern(w, 0, folds));
  const head = new RegExp(`${notAfterLetter}${first ?? ''}${notBeforeLetter}`, 'gu');
  const tail = rest.map((pattern) => new RegExp(pattern, 'yu'));
  return (text) => {
    head.lastIndex = 0;
    for (let found = head.exec(text); found !== null; found = head.exec(text)) {
      const start = found.index;
      // Retry one character on: a match at the same place as a rejected one may still be shorter.
      head.lastIndex = start + 1;
      if (extendsWordBefore(text, start)) continue;
      let at = start + found[0].length;
      let whole = true;
      for (const next of tail) {
        const after = skipSeparators(text, at);
        next.lastIndex = after;
        const word = after === at ? null : next.exec(text);
        if (word === null) {
          whole = false;
          break;
        }
        at = after + word[0].length;
      }
      if (whole && !extendsWordAt(text, at)) return start;
    }
    return -1;
  };
}
