import type { SearchIndex } from '../search-index.ts';

/** How many recent prefixes keep their completions and bits. */
const keptPrefixes = 64;

/** What a typed prefix cost to look up: its completions and, once ranked, the bits of their articles. */
export interface PrefixEntry {
  readonly completions: readonly string[];
  /** Articles with any completion (`all`) and, when the prefix is itself a word, with it in a body (`exact`). */
  bits: { readonly words: number; readonly all: Int32Array; readonly exact: Int32Array | null } | null;
}

/**
 * Recent prefixes' lookups, kept between queries: a two-letter prefix has thousands of completions
 * and 400,000 postings at 100k articles, ~3 ms to expand and gather, and the same short word ends
 * many queries (`… in`, `… de`) and every page of one. Cleared whenever the index changes.
 */
export class PrefixCache {
  readonly #entries = new Map<string, PrefixEntry>();

  /** The entry for `prefix`, expanded through the index's vocabulary on first use. */
  entry(prefix: string, index: SearchIndex): PrefixEntry {
    let entry = this.#entries.get(prefix);
    if (entry !== undefined) {
      // Most recently used last, so the oldest leaves first.
      this.#entries.delete(prefix);
    } else {
      entry = { completions: index.vocabulary.expand(prefix), bits: null };
      for (const old of this.#entries.keys()) {
        if (this.#entries.size < keptPrefixes) break;
        this.#entries.delete(old);
      }
    }
    this.#entries.set(prefix, entry);
    return entry;
  }

  /** Forgets everything (an article was added, changed or removed). */
  clear(): void {
    this.#entries.clear();
  }
}
