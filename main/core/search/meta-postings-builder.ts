import type { PackedPostings } from './lazy-postings.ts';
import { sortSteps } from './sort-in-slices.ts';
import { SortedTerms } from './sorted-terms.ts';
import { TermTable } from './term-table.ts';

/** Terms laid out per step of a seal (a power of two, less one, as a mask). */
const sliceMask = (1 << 14) - 1;

/**
 * The score bucket FlexSearch 0.8.212's strict tokenizer gives the term at `position` of a field of
 * `length` terms (`get_score` in its index/add.js, without context): the first term 0, the rest
 * spread over the buckets, the same floating-point steps so every term lands where FlexSearch puts it.
 */
function strictScore(resolution: number, length: number, position: number): number {
  if (position === 0 || resolution <= 1) return 0;
  return length <= resolution ? position : (((resolution - 1) / length) * position + 1) | 0;
}

/**
 * A title, byline or site field's posting lists during a rebuild, kept in typed arrays as the body's
 * are (body-postings-builder.ts) instead of FlexSearch's map of a JS array per term and per score
 * bucket (~470,000 arrays at 100,000 articles that every garbage collection of the rebuild walked).
 * `sealSteps` packs them in the layout a save writes and a reopen reads: terms sorted, per term its
 * buckets up to the highest one used (empty ones below it as holes), ids in the order added.
 */
export class MetaPostingsBuilder {
  readonly #resolution: number;
  #terms = new TermTable(1 << 8);
  /** Per article: its id, its number of distinct terms, then per term its id and score bucket. */
  #store = new Uint32Array(1 << 16);
  #at = 0;

  constructor(resolution: number) {
    this.#resolution = resolution;
  }

  /**
   * Records the field's terms of article `id` (a new id), as the encoder gives them for FlexSearch:
   * a term's bucket comes from its first position; a repeat later in the field is skipped.
   */
  add(id: number, terms: readonly string[]): void {
    if (this.#at + 2 + 2 * terms.length > this.#store.length) {
      const grown = new Uint32Array(Math.max(this.#store.length * 2, this.#at + 2 + 2 * terms.length));
      grown.set(this.#store.subarray(0, this.#at));
      this.#store = grown;
    }
    const store = this.#store;
    const head = this.#at;
    let at = head + 2;
    for (let position = 0; position < terms.length; position += 1) {
      const term = terms[position] ?? '';
      if (term === '') continue;
      const termId = this.#terms.noteIn(term, id + 1);
      if (termId < 0) continue;
      store[at++] = termId;
      store[at++] = strictScore(this.#resolution, terms.length, position);
    }
    store[head] = id;
    store[head + 1] = (at - head - 2) / 2;
    this.#at = at;
  }

  /** Whether no term was recorded. */
  get empty(): boolean {
    return this.#terms.size === 0;
  }

  /** The recorded lists packed in sorted term order, in steps of a few ms; the builder is spent afterwards. */
  *sealSteps(): Generator<void, Required<PackedPostings>> {
    const resolution = this.#resolution;
    const sorted = yield* sortSteps(this.#terms.terms);
    const termCount = sorted.length;
    const store = this.#store.subarray(0, this.#at);
    /** Per term id and bucket: how many ids it holds, then where the next one goes. */
    const slots = new Uint32Array(termCount * resolution);
    forEachPosting(store, (termId, score) => {
      const slot = termId * resolution + score;
      slots[slot] = (slots[slot] ?? 0) + 1;
    });
    yield;
    const starts = new Uint32Array(termCount);
    const ids = new Uint32Array(termCount);
    let total = 0;
    for (let i = 0; i < termCount; i += 1) {
      const termId = Math.max(0, this.#terms.idOf(sorted[i] ?? ''));
      ids[i] = termId;
      starts[i] = total;
      let buckets = 0;
      let held = 0;
      for (let b = 0; b < resolution; b += 1) {
        const size = slots[termId * resolution + b] ?? 0;
        if (size > 0) buckets = b + 1;
        held += size;
      }
      total += 1 + buckets + held;
      if ((i & sliceMask) === sliceMask) yield;
    }
    this.#terms = new TermTable(1);
    const words = new Uint32Array(total);
    for (let i = 0; i < termCount; i += 1) {
      const termId = ids[i] ?? 0;
      let at = starts[i] ?? 0;
      const bucketsAt = at;
      at += 1;
      let buckets = 0;
      for (let b = 0; b < resolution; b += 1) {
        const slot = termId * resolution + b;
        const size = slots[slot] ?? 0;
        if (size === 0) continue;
        // Holes below a used bucket are empty buckets (length 0), as a save packs FlexSearch's arrays.
        for (; buckets < b; buckets += 1) words[at++] = 0;
        words[at++] = size;
        slots[slot] = at;
        at += size;
        buckets = b + 1;
      }
      words[bucketsAt] = buckets;
      if ((i & sliceMask) === sliceMask) yield;
    }
    forEachPosting(store, (termId, score, id) => {
      const slot = termId * resolution + score;
      const to = slots[slot] ?? 0;
      words[to] = id;
      slots[slot] = to + 1;
    });
    this.#store = new Uint32Array(0);
    this.#at = 0;
    yield;
    const terms = yield* SortedTerms.fromSortedSteps(sorted);
    return { terms, words, starts };
  }
}

/** Calls `visit` for each recorded term of each article, in the order they were added. */
function forEachPosting(
  store: Uint32Array,
  visit: (termId: number, score: number, id: number) => void,
): void {
  for (let at = 0; at < store.length;) {
    const id = store[at] ?? 0;
    const end = at + 2 + 2 * (store[at + 1] ?? 0);
    for (let t = at + 2; t < end; t += 2) visit(store[t] ?? 0, store[t + 1] ?? 0, id);
    at = end;
  }
}
