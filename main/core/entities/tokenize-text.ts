import { dottedTitles } from './titles.ts';
import { legalSuffixes } from './organisation-words.ts';

/** A word of the text with the facts the span rules need. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  /** Lower-cased, without a trailing full stop. */
  readonly lower: string;
  /** Starts with an upper-case letter. */
  readonly capitalised: boolean;
  /** Two or more letters, all upper-case ("NATO", "U.S."). */
  readonly acronym: boolean;
  /** Followed by "'s" (cut from the token): a name ends here. */
  readonly possessive: boolean;
  /** First word of a sentence, paragraph or quotation. */
  readonly sentenceStart: boolean;
}

// Dotted acronyms first ("U.S.", "C.C."), then words with inner apostrophes or hyphens ("O'Brien", "Алма-Ата").
const wordPattern = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const elision = /^(?:[lLdDjJnNsScCmMtT]|[qQ]u)['’](?=\p{Lu})/u;
const sentenceEnd = /[.!?:;…\n]/u;

/** Splits text into word tokens with offsets, marking sentence starts and possessives. */
export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(wordPattern)) {
    let start = match.index;
    let word = match[0];
    const elided = elision.exec(word);
    if (elided !== null) {
      start += elided[0].length;
      word = word.slice(elided[0].length);
    }
    let possessive = false;
    if (/['’]s$/u.test(word) && word.length > 3) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const bare = word.replace(/\.$/u, '');
    const lower = bare.toLowerCase();
    // A full stop belongs to the word when the word is a known abbreviation or an initial ("Dr.", "Inc.", "C.").
    const abbreviation = dottedTitles.has(lower) || legalSuffixes.has(lower) || /^\p{Lu}$/u.test(bare);
    const dotted = word.endsWith('.') || (abbreviation && text[start + word.length] === '.' && !possessive);
    if (dotted && !word.endsWith('.')) word += '.';
    const gap = text
      .slice(previousEnd, start)
      .replace(/[\s"'“”„«»‘’()[\]—–-]/gu, (c) => (c === '\n' ? c : ''));
    const sentenceStart = tokens.length === 0 || sentenceEnd.test(gap);
    tokens.push({
      start,
      end: start + word.length,
      word,
      lower,
      capitalised: /^\p{Lu}/u.test(word),
      acronym: /^(?:\p{Lu}\.?){2,}$/u.test(word) && bare.replace(/\./gu, '').length <= 6,
      possessive,
      sentenceStart,
    });
    previousEnd = start + word.length + (possessive ? 2 : 0);
  }
  return tokens;
}

/** The token at an index the span rules know to exist (a broken invariant throws). */
export function tokenAt(tokens: readonly Token[], index: number): Token {
  const token = tokens.at(index);
  if (token === undefined) throw new RangeError(`no token at ${index}`);
  return token;
}
