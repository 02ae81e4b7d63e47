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

  /** The number of distinct terms. */
  get size(): number {
    return this.#documentFrequency.size;
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
    const matches: string[] = [];
    for (let i = low; i < sorted.length; i += 1) {
      const term = sorted[i];
      if (term === undefined || !term.startsWith(prefix)) break;
      matches.push(term);
    }
    const frequency = (term: string): number => this.#documentFrequency.get(term) ?? 0;
    const rest = matches.filter((t) => t !== prefix).sort((a, b) => frequency(b) - frequency(a));
    const exact = this.#documentFrequency.has(prefix) ? [prefix] : [];
    return [...exact, ...rest].slice(0, max);
  }

  /** A JSON-safe copy for persistence. */
  toJSON(): [string, number][] {
    return [...this.#documentFrequency];
  }

  /** Rebuilds a vocabulary from `toJSON` output; throws on malformed input. */
  static fromJSON(value: unknown): Vocabulary {
    if (!Array.isArray(value)) throw new TypeError('vocabulary is not an array');
    const vocabulary = new Vocabulary();
    for (const entry of value as unknown[]) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'number') {
        throw new TypeError('malformed vocabulary entry');
      }
      vocabulary.#documentFrequency.set(entry[0], entry[1]);
    }
    return vocabulary;
  }
}
