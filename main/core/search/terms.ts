import { Encoder } from 'flexsearch';
import { foldText, hasCjk, splitCjkTerms, wordChars } from './fold-text.ts';

/** Turns text into index terms: folded (case, diacritics, ß, ё, ς…), split on non-word characters, CJK as bigrams. */
export type TermEncoder = (text: string) => string[];

/** The one encoder shared by indexing, querying and highlighting, so all three agree on terms. */
export function createTermEncoder(): { readonly encoder: Encoder; readonly encode: TermEncoder } {
  const encoder = new Encoder({
    // dedupe:false keeps "hello" and "helo" apart; FlexSearch's default collapses repeated letters.
    dedupe: false,
    // FlexSearch's own normalize strips only U+0300–036F: no ß, ς, Arabic harakat, Hebrew niqqud.
    normalize: foldText,
    // Marks kept by foldText (Indic vowel signs) belong to their word, so they must not split it.
    split: new RegExp(`[^${wordChars}]+`, 'u'),
    // CJK is written without spaces: overlapping bigrams make any two-character query findable.
    finalize: splitCjkTerms,
  });
  return { encoder, encode: (text) => encoder.encode(text) };
}

const wordSplit = new RegExp(`[^${wordChars}]+`, 'u');
/** FlexSearch's numeric option: digits in threes, apart from letters ("a1234" → "a 123 4"). */
const digitsAfterOther = /(\D)(\d{3})/g;
const digitsBeforeOther = /(\d{3})(\D)/g;
const digitsInThrees = /(\d{3})/g;
/** FlexSearch's default bounds on a term's length. */
const maxTermLength = 1024;

/**
 * The encoder's terms in order, with a word repeated at once kept ("Baden-Baden", "Bora Bora", "the
 * the"): FlexSearch's encode drops such a repeat, so a phrase's adjacent pairs could not say it, and
 * "Baden-Baden" would be one term with no pair to screen its candidates by. It takes encode's steps
 * with our options (fold, long numbers in threes, split, length bounds, CJK bigrams); a property test
 * holds it to FlexSearch's own output once repeats are collapsed.
 */
export function encodeSequence(text: string): string[] {
  let folded = foldText(text);
  if (folded.length > 3)
    folded = folded
      .replace(digitsAfterOther, '$1 $2')
      .replace(digitsBeforeOther, '$1 $2')
      .replace(digitsInThrees, '$1 ');
  const terms: string[] = [];
  for (const word of folded.split(wordSplit))
    if (word !== '' && word.length <= maxTermLength) terms.push(word);
  // One test of the whole text, not one per term (2 % of a rebuild's CPU): most texts have no CJK.
  return hasCjk(folded) ? splitCjkTerms(terms) : terms;
}

/**
 * The encoder given to FlexSearch: it tells `record` what it returns for each field (encoding is a
 * third of the build time, so the vocabulary must not encode the text again); and one that encodes a
 * field's distinct terms (FlexSearch's second, untyped argument asks for them).
 */
export function recordingEncoder(
  encoder: Encoder,
  record: (terms: string[]) => void,
): { readonly recording: Encoder; readonly encodeDistinct: (text: string) => string[] } {
  const recording = Object.create(encoder) as Encoder;
  // FlexSearch passes a second, untyped argument (dedupe) that must reach the real encoder.
  const encodeWithDedupe: (text: string, dedupe?: boolean) => string[] = encoder.encode.bind(encoder);
  recording.encode = (text: string, dedupe?: boolean): string[] => {
    const terms = encodeWithDedupe(text, dedupe);
    record(terms);
    return terms;
  };
  return { recording, encodeDistinct: (text) => encodeWithDedupe(text, true) };
}

/** One AND-group of a query, as the ranker takes it: complete terms, and the last word as a prefix while typing. */
export interface ParsedQuery {
  readonly terms: readonly string[];
  /** The last term, to be matched as a prefix; null when the query ends with a space. */
  readonly prefix: string | null;
}
