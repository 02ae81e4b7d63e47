import { fnv1a } from '../string-hash.ts';
import { appendPairHashesOf } from './term-pairs.ts';

/** The distinct pair keys of an article's fields, the set a pair filter is built from (pair-filters.ts). */
export class DistinctPairKeys {
  readonly #hashes: number[] = [];
  /** Each field's term hashes, as `of` last took them (for the pair postings). */
  readonly #termHashes: Uint32Array[] = [];
  #keys = new Uint32Array(1024);
  /** The set `of` uses: hashes, and the call each slot was taken in. */
  #seen = new Uint32Array(0);
  #stamps = new Uint32Array(0);
  #stamp = 0;

  /** Each field's term hashes (`fnv1a`), as `of` last took them: the pair postings key the same hashes. */
  get termHashes(): readonly Uint32Array[] {
    return this.#termHashes;
  }

  /**
   * The fields' pair hashes, each once (a filter is built from distinct keys), in first-seen order:
   * an open-addressing set whose slots count as taken only when stamped with this call's number, so
   * it is never cleared (sorting the hashes instead was a tenth of indexing an article).
   */
  of(fields: readonly (readonly string[])[]): Uint32Array {
    const hashes = this.#hashes;
    hashes.length = 0;
    fields.forEach((terms, at) => {
      // Typed: most hashes are above 2^31, a heap number each in an array.
      let termHashes = this.#termHashes[at];
      if (termHashes === undefined || termHashes.length < terms.length)
        termHashes = this.#termHashes[at] = new Uint32Array(Math.max(64, terms.length * 2));
      for (let i = 0; i < terms.length; i += 1) termHashes[i] = fnv1a(terms[i] ?? '');
      appendPairHashesOf(terms, termHashes, hashes);
    });
    this.#termHashes.length = fields.length;
    if (this.#keys.length < hashes.length) this.#keys = new Uint32Array(hashes.length * 2);
    if (this.#seen.length < hashes.length * 2) {
      const size = 2 ** Math.ceil(Math.log2(hashes.length * 2));
      this.#seen = new Uint32Array(size);
      this.#stamps = new Uint32Array(size);
    }
    this.#stamp = this.#stamp >= 0xfffffffe ? 1 : this.#stamp + 1;
    if (this.#stamp === 1) this.#stamps.fill(0);
    const mask = this.#seen.length - 1;
    let distinct = 0;
    for (const hash of hashes) {
      // The hashes are mixed already: their low bits place them.
      let slot = hash & mask;
      while (this.#stamps[slot] === this.#stamp && this.#seen[slot] !== hash) slot = (slot + 1) & mask;
      if (this.#stamps[slot] === this.#stamp) continue;
      this.#stamps[slot] = this.#stamp;
      this.#seen[slot] = hash;
      this.#keys[distinct++] = hash;
    }
    return this.#keys.subarray(0, distinct);
  }
}
