import { sortInSlices } from './sort-in-slices.ts';

/** How many completions a prefix expands to, at most (the most common ones win). */
export const maxPrefixExpansions = 24;

/**
 * Every indexed term with the number of articles containing it. Prefix search expands the last
 * word against it instead of using FlexSearch's `forward` tokenizer, whose index grows with every
 * prefix of every word and does not fit in memory for a large library.
 */
export class Vocabulary {
  readonly #documentFrequency = new Map<string, number>();
  #sorted: string[] | null = null;

  /** Records the distinct terms of one article. */
  addDocument(terms: Iterable<string>): void {
    for (const term of new Set(terms)) {
      const seen = this.#documentFrequency.get(term);
      if (seen === undefined) this.#sorted = null;
      this.#documentFrequency.set(term, (seen ?? 0) + 1);
    }
  }

  /** Records one article's terms, already distinct (the indexer dedupes them while adding). */
  addDistinct(terms: readonly string[]): void {
    const counts = this.#documentFrequency;
    for (const term of terms) {
      const seen = counts.get(term);
      if (seen === undefined) this.#sorted = null;
      counts.set(term, (seen ?? 0) + 1);
    }
  }

  /** Forgets one article's distinct terms; a term no article contains any more stops expanding. */
  removeDocument(terms: Iterable<string>): void {
    for (const term of new Set(terms)) {
      const seen = this.#documentFrequency.get(term);
      if (seen === undefined) continue;
      // The sorted list keeps the term: expand() skips unknown terms, which spares a re-sort.
      if (seen <= 1) this.#documentFrequency.delete(term);
      else this.#documentFrequency.set(term, seen - 1);
    }
  }

  /** How many articles contain `term`. */
  frequency(term: string): number {
    return this.#documentFrequency.get(term) ?? 0;
  }

  /** The number of distinct terms. */
  get size(): number {
    return this.#documentFrequency.size;
  }

  /** Every term with its document frequency, read-only (spelling suggestions scan it). */
  frequencies(): ReadonlyMap<string, number> {
    return this.#documentFrequency;
  }

  /** Known terms starting with `prefix` (the prefix itself first if known), most frequent first. */
  expand(prefix: string, max = maxPrefixExpansions): string[] {
    const sorted = (this.#sorted ??= [...this.#documentFrequency.keys()].sort());
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] ?? '') < prefix) low = middle + 1;
      else high = middle;
    }
    // Short prefixes match tens of thousands of terms: keep only the `max` most frequent in one pass.
    const best: { term: string; frequency: number }[] = [];
    for (let i = low; i < sorted.length; i += 1) {
      const term = sorted[i];
      if (term === undefined || !term.startsWith(prefix)) break;
      const frequency = this.#documentFrequency.get(term);
      if (frequency === undefined || term === prefix) continue;
      if (best.length === max && frequency <= (best[max - 1]?.frequency ?? 0)) continue;
      let at = best.length;
      while (at > 0 && (best[at - 1]?.frequency ?? 0) < frequency) at -= 1;
      best.splice(at, 0, { term, frequency });
      if (best.length > max) best.pop();
    }
    const exact = this.#documentFrequency.has(prefix) ? [prefix] : [];
    return [...exact, ...best.map((b) => b.term)].slice(0, max);
  }

  /**
   * A compact JSON-safe copy for persistence: the terms in sorted order joined by newlines and
   * their frequencies joined by commas. Two strings parse far faster than a million pairs, and
   * the saved order spares the sort on the first prefix query after a reopen.
   */
  toJSON(): { terms: string; frequencies: string } {
    const sorted = [...this.#documentFrequency.keys()].sort();
    this.#sorted = sorted;
    const frequencies = sorted.map((term) => this.#documentFrequency.get(term) ?? 0);
    return { terms: sorted.join('\n'), frequencies: frequencies.join(',') };
  }

  /** `toJSON` for a save, as chunks to join with `\n` and `,`: sorts and joins a few ms at a time, awaiting `pause` in between (a change meanwhile makes the caller drop the result). */
  async toJSONInSlices(pause: () => Promise<void>): Promise<{ terms: string[]; frequencies: string[] }> {
    const sorted = this.#sorted ?? (await sortInSlices([...this.#documentFrequency.keys()], pause));
    this.#sorted = sorted;
    const terms: string[] = [];
    const frequencies: string[] = [];
    for (let start = 0; start < sorted.length; start += 32_768) {
      // The cached sorted list may still hold removed terms (see removeDocument): leave them out.
      const slice = sorted.slice(start, start + 32_768).filter((term) => this.#documentFrequency.has(term));
      if (slice.length > 0) {
        terms.push(slice.join('\n'));
        frequencies.push(slice.map((term) => this.#documentFrequency.get(term) ?? 0).join(','));
      }
      await pause();
    }
    // Chunks, not one string: joining a whole 100k-article vocabulary holds the event loop too long.
    return { terms, frequencies };
  }

  /** Rebuilds a vocabulary from `toJSON` output; throws on malformed input. */
  static fromJSON(value: unknown): Vocabulary {
    const { terms, frequencies } = (value ?? {}) as { terms?: unknown; frequencies?: unknown };
    if (typeof terms !== 'string' || typeof frequencies !== 'string') {
      throw new TypeError('vocabulary lacks terms or frequencies');
    }
    const vocabulary = new Vocabulary();
    if (terms === '') return vocabulary;
    const sorted = terms.split('\n');
    const counts = frequencies.split(',');
    if (counts.length !== sorted.length)
      throw new TypeError('vocabulary terms and frequencies differ in length');
    for (let i = 0; i < sorted.length; i += 1) {
      const count = Number(counts[i]);
      if (!Number.isInteger(count) || count <= 0) throw new TypeError('malformed vocabulary frequency');
      vocabulary.#documentFrequency.set(sorted[i] ?? '', count);
    }
    vocabulary.#sorted = sorted;
    return vocabulary;
  }
}
