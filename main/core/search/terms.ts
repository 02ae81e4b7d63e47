import { Encoder } from 'flexsearch';

/** Turns text into index terms: lowercase, diacritics folded, split on non-letters/digits. */
export type TermEncoder = (text: string) => string[];

/** The one encoder shared by indexing, querying and highlighting, so all three agree on terms. */
export function createTermEncoder(): { readonly encoder: Encoder; readonly encode: TermEncoder } {
  // dedupe:false keeps "hello" and "helo" apart; FlexSearch's default collapses repeated letters.
  const encoder = new Encoder({ dedupe: false });
  return { encoder, encode: (text) => encoder.encode(text) };
}

/** One AND-group of a query, as the ranker takes it: complete terms, and the last word as a prefix while typing. */
export interface ParsedQuery {
  readonly terms: readonly string[];
  /** The last term, to be matched as a prefix; null when the query ends with a space. */
  readonly prefix: string | null;
}
