import { Encoder } from 'flexsearch';

/** Turns text into index terms: lowercase, diacritics folded, split on non-letters/digits. */
export type TermEncoder = (text: string) => string[];

/** The one encoder shared by indexing, querying and highlighting, so all three agree on terms. */
export function createTermEncoder(): { readonly encoder: Encoder; readonly encode: TermEncoder } {
  // dedupe:false keeps "hello" and "helo" apart; FlexSearch's default collapses repeated letters.
  const encoder = new Encoder({ dedupe: false });
  return { encoder, encode: (text) => encoder.encode(text) };
}

/** A parsed query: complete terms, and the last word as a prefix while the user is still typing. */
export interface ParsedQuery {
  readonly terms: readonly string[];
  /** The last term, to be matched as a prefix; null when the query ends with a space. */
  readonly prefix: string | null;
}

/** Splits a search box value into terms; the last one is a prefix unless followed by whitespace. */
export function parseQuery(query: string, encode: TermEncoder): ParsedQuery {
  const terms = [...new Set(encode(query))];
  const typingLastWord = query.length > 0 && !/\s$/u.test(query);
  if (!typingLastWord || terms.length === 0) return { terms, prefix: null };
  const last = encode(query.trim().split(/\s+/u).at(-1) ?? '').at(-1) ?? null;
  if (last === null) return { terms, prefix: null };
  return { terms: terms.filter((t) => t !== last), prefix: last };
}
