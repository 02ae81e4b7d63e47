import { sortInSlices } from './sort-in-slices.ts';
import { SortedTerms } from './sorted-terms.ts';
import { FrequencyView, type TermFrequencies } from './frequency-view.ts';

/** How long one slice of a save may hold the event loop, in ms. */
const sliceMs = 8;

/** How many completions a prefix expands to, at most (the most common ones win). */
export const maxPrefixExpansions = 24;

export type { TermFrequencies } from './frequency-view.ts';

/** A saved vocabulary as read back: sorted terms in their file bytes, frequencies in a typed array. */
interface SavedTerms {
  readonly terms: SortedTerms;
  /** Current frequency per saved term (0 once no article has it). */
  readonly counts: Uint32Array;
  /** How many counts are above 0. */
  live: number;
}

/** One prefix completion being ranked. */
interface Completion {
  readonly term: string;
  readonly frequency: number;
}

/**
 * Every indexed term with the number of articles containing it. Prefix search expands the last
 * word against it instead of using FlexSearch's `forward` tokenizer, whose index grows with every
 * prefix of every word and does not fit in memory for a large library. A loaded vocabulary stays in
 * its saved bytes (no map of a million terms to build at reopen); terms new since then live in a map.
 */
export class Vocabulary {
  #saved: SavedTerms | null = null;
  /** Terms not in `#saved`, with their frequencies. */
  readonly #documentFrequency = new Map<string, number>();
  /** The map's terms sorted, kept until a new one arrives. */
  #sorted: string[] | null = null;

  /** Records the distinct terms of one article. */
  addDocument(terms: Iterable<string>): void {
    this.addDistinct([...new Set(terms)]);
  }

  /** Records one article's terms, already distinct (the indexer dedupes them while adding). */
  addDistinct(terms: readonly string[]): void {
    for (const term of terms) this.#add(term, 1);
  }

  /** Adds `count` articles to each term's frequency (a rebuild counts its body terms in one pass). */
  addCounts(entries: Iterable<readonly [string, number]>): void {
    for (const [term, count] of entries) if (count > 0) this.#add(term, count);
  }

  /**
   * Adds a rebuild's body terms (packed, sorted, distinct) with their article counts, kept as they are
   * when no terms are saved yet, like a reopened vocabulary: a map of millions of terms lengthened every
   * garbage collection (and the first save) of a rebuilt library. `counts` is taken over. In steps of
   * a few ms: a rebuild's last step runs between events.
   */
  *sortedCountsSteps(sorted: SortedTerms, counts: Uint32Array): Generator<void, void> {
    if (this.#saved !== null || sorted.length === 0 || sorted.length !== counts.length) {
      this.addCounts(
        Array.from({ length: sorted.length }, (_, i) => [sorted.at(i), counts[i] ?? 0] as const),
      );
      return;
    }
    // Terms met so far only in titles, bylines or sites join their saved count (the index seals
    // before any change, so nothing else touches the map between steps).
    let seen = 0;
    for (const [term, count] of this.#documentFrequency) {
      const at = sorted.indexOf(term);
      if (at >= 0) {
        counts[at] = (counts[at] ?? 0) + count;
        this.#documentFrequency.delete(term);
      }
      if ((++seen & 4095) === 0) yield;
    }
    this.#saved = { terms: sorted, counts, live: counts.length };
    this.#sorted = null;
  }

  #add(term: string, count: number): void {
    const saved = this.#saved;
    const at = saved === null ? -1 : saved.terms.indexOf(term);
    if (saved !== null && at >= 0) {
      if (saved.counts[at] === 0) saved.live += 1;
      saved.counts[at] = (saved.counts[at] ?? 0) + count;
      return;
    }
    const seen = this.#documentFrequency.get(term);
    if (seen === undefined) this.#sorted = null;
    this.#documentFrequency.set(term, (seen ?? 0) + count);
  }

  /** Forgets one article's distinct terms; a term no article contains any more stops expanding. */
  removeDocument(terms: Iterable<string>): void {
    const saved = this.#saved;
    for (const term of new Set(terms)) {
      const at = saved === null ? -1 : saved.terms.indexOf(term);
      if (saved !== null && at >= 0) {
        const count = saved.counts[at] ?? 0;
        if (count === 1) saved.live -= 1;
        if (count > 0) saved.counts[at] = count - 1;
        continue;
      }
      const seen = this.#documentFrequency.get(term);
      if (seen === undefined) continue;
      // The sorted list keeps the term: expand() skips unknown terms, which spares a re-sort.
      if (seen <= 1) this.#documentFrequency.delete(term);
      else this.#documentFrequency.set(term, seen - 1);
    }
  }

  /** How many articles contain `term`. */
  frequency(term: string): number {
    const saved = this.#saved;
    const at = saved === null ? -1 : saved.terms.indexOf(term);
    if (saved !== null && at >= 0) return saved.counts[at] ?? 0;
    return this.#documentFrequency.get(term) ?? 0;
  }

  /** The number of distinct terms. */
  get size(): number {
    return (this.#saved?.live ?? 0) + this.#documentFrequency.size;
  }

  /** Every term with its document frequency, read-only (spelling suggestions scan it). */
  frequencies(): TermFrequencies {
    return new FrequencyView(this, () => this.#entries());
  }

  *#entries(): Generator<[string, number]> {
    const saved = this.#saved;
    if (saved !== null) {
      for (let i = 0; i < saved.terms.length; i += 1) {
        const count = saved.counts[i] ?? 0;
        if (count > 0) yield [saved.terms.at(i), count];
      }
    }
    yield* this.#documentFrequency;
  }

  /** Known terms starting with `prefix` (the prefix itself first if known), most frequent first. */
  expand(prefix: string, max = maxPrefixExpansions): string[] {
    // Short prefixes match tens of thousands of terms: keep only the `max` most frequent in one pass
    // (ties in sorted order, as one sorted list would give them).
    const best: Completion[] = [];
    const full = (): boolean => best.length >= max;
    const floor = (): number => best[max - 1]?.frequency ?? 0;
    const offer = (term: string, frequency: number): void => {
      let at = best.length;
      while (at > 0 && isBetter({ term, frequency }, best[at - 1])) at -= 1;
      best.splice(at, 0, { term, frequency });
      if (best.length > max) best.pop();
    };
    const saved = this.#saved;
    if (saved !== null) {
      const key = Buffer.from(prefix, 'utf8');
      for (let i = saved.terms.lowerBound(key); i < saved.terms.length; i += 1) {
        if (!saved.terms.startsWith(i, key)) break;
        const frequency = saved.counts[i] ?? 0;
        // Only terms that can enter the list become strings.
        if (frequency === 0 || (full() && frequency < floor())) continue;
        const term = saved.terms.at(i);
        if (term !== prefix) offer(term, frequency);
      }
    }
    const sorted = (this.#sorted ??= [...this.#documentFrequency.keys()].sort());
    for (let i = lowerBound(sorted, prefix); i < sorted.length; i += 1) {
      const term = sorted[i];
      if (term === undefined || !term.startsWith(prefix)) break;
      const frequency = this.#documentFrequency.get(term);
      if (frequency === undefined || term === prefix || (full() && frequency < floor())) continue;
      offer(term, frequency);
    }
    const exact = this.frequency(prefix) > 0 ? [prefix] : [];
    return [...exact, ...best.map((b) => b.term)].slice(0, max);
  }

  /** Every live term in code-unit order with its frequency: the saved terms merged with the map's. */
  *#liveSorted(mapSorted: readonly string[]): Generator<[string, number]> {
    const saved = this.#saved;
    let j = 0;
    const total = saved?.terms.length ?? 0;
    for (let i = 0; i <= total; i += 1) {
      const term = i < total ? (saved?.terms.at(i) ?? '') : null;
      for (; j < mapSorted.length && (term === null || (mapSorted[j] ?? '') < term); j += 1) {
        const other = mapSorted[j] ?? '';
        const count = this.#documentFrequency.get(other);
        // The cached sorted list may still hold removed terms (see removeDocument): leave them out.
        if (count !== undefined) yield [other, count];
      }
      const count = saved?.counts[i] ?? 0;
      if (term !== null && count > 0) yield [term, count];
    }
  }

  /**
   * A compact JSON-safe copy for persistence: the terms in sorted order joined by newlines and
   * their frequencies joined by commas. Two strings parse far faster than a million pairs, and
   * the saved order spares the sort on the first prefix query after a reopen.
   */
  toJSON(): { terms: string; frequencies: string } {
    const sorted = (this.#sorted ??= [...this.#documentFrequency.keys()].sort());
    const live = [...this.#liveSorted(sorted)];
    return { terms: live.map(([t]) => t).join('\n'), frequencies: live.map(([, c]) => c).join(',') };
  }

  /** `toJSON` for a save, as chunks to join with `\n` and `,`: sorts and joins a few ms at a time, awaiting `pause` in between (a change meanwhile makes the caller drop the result). */
  async toJSONInSlices(pause: () => Promise<void>): Promise<{ terms: string[]; frequencies: string[] }> {
    const sorted = this.#sorted ?? (await sortInSlices([...this.#documentFrequency.keys()], pause));
    this.#sorted = sorted;
    const terms: string[] = [];
    const frequencies: string[] = [];
    let slice: string[] = [];
    let counts: number[] = [];
    const flush = (): void => {
      if (slice.length === 0) return;
      terms.push(slice.join('\n'));
      frequencies.push(counts.join(','));
      slice = [];
      counts = [];
    };
    let sliceStart = performance.now();
    for (const [term, count] of this.#liveSorted(sorted)) {
      slice.push(term);
      counts.push(count);
      // By time, not count: 32,768 terms a slice held the event loop ~50 ms on a busy machine.
      if ((slice.length & 1023) !== 0 || performance.now() - sliceStart < sliceMs) continue;
      flush();
      await pause();
      sliceStart = performance.now();
    }
    flush();
    // Chunks, not one string: joining a whole 100k-article vocabulary holds the event loop too long.
    return { terms, frequencies };
  }

  /** Rebuilds a vocabulary from `toJSON` output; throws on malformed input. */
  static fromJSON(value: unknown): Vocabulary {
    const { terms, frequencies } = (value ?? {}) as { terms?: unknown; frequencies?: unknown };
    if (typeof terms !== 'string' || typeof frequencies !== 'string') {
      throw new TypeError('vocabulary lacks terms or frequencies');
    }
    return Vocabulary.fromSaved(Buffer.from(terms, 'utf8'), Buffer.from(frequencies, 'latin1'));
  }

  /** A vocabulary over saved bytes: sorted newline-joined terms and comma-joined frequencies; throws on malformed input. */
  static fromSaved(terms: Buffer, frequencies: Buffer): Vocabulary {
    const vocabulary = new Vocabulary();
    if (terms.byteLength === 0) return vocabulary;
    const sorted = SortedTerms.fromText(terms);
    const counts = parseCounts(frequencies, sorted.length);
    vocabulary.#saved = { terms: sorted, counts, live: counts.length };
    return vocabulary;
  }
}

/** Whether completion `a` ranks above `b`: more frequent, then earlier in sorted order. */
function isBetter(a: Completion, b: Completion | undefined): boolean {
  if (b === undefined) return false;
  return a.frequency > b.frequency || (a.frequency === b.frequency && a.term < b.term);
}

function lowerBound(sorted: readonly string[], prefix: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Parses `expected` comma-separated positive integers (ASCII) without making a string per number. */
function parseCounts(text: Buffer, expected: number): Uint32Array {
  const counts = new Uint32Array(expected);
  let index = 0;
  let value = 0;
  let digits = 0;
  for (let at = 0; at <= text.byteLength; at += 1) {
    const byte = at < text.byteLength ? (text[at] ?? 0) : 44;
    if (byte >= 48 && byte <= 57 && digits < 10) {
      value = value * 10 + byte - 48;
      digits += 1;
      continue;
    }
    if (byte !== 44 || digits === 0 || value === 0 || value > 0xffffffff || index >= expected)
      throw new TypeError('malformed vocabulary frequency');
    counts[index++] = value;
    value = 0;
    digits = 0;
  }
  if (index !== expected) throw new TypeError('vocabulary terms and frequencies differ in length');
  return counts;
}
