import { bitCount } from './query/id-bits.ts';

/** A set of article ids as a growable bit set, with its size (the pair postings' covered articles). */
export class CoveredIds {
  #words: Uint32Array;
  #count = 0;

  constructor(words = new Uint32Array(1024)) {
    this.#words = words;
    for (const word of words) this.#count += bitCount(word);
  }

  get size(): number {
    return this.#count;
  }

  /** The bits as they are now (what a save writes; `new CoveredIds(copy)` reads them back). */
  get words(): Uint32Array {
    return this.#words;
  }

  has(id: number): boolean {
    return ((this.#words[id >>> 5] ?? 0) & (1 << (id & 31))) !== 0;
  }

  add(id: number): void {
    const word = id >>> 5;
    if (word >= this.#words.length) {
      const grown = new Uint32Array(Math.max(word + 1, this.#words.length * 2));
      grown.set(this.#words);
      this.#words = grown;
    }
    const bit = 1 << (id & 31);
    if (((this.#words[word] ?? 0) & bit) === 0) this.#count += 1;
    this.#words[word] = (this.#words[word] ?? 0) | bit;
  }

  delete(id: number): void {
    const word = id >>> 5;
    const bit = 1 << (id & 31);
    if (word < this.#words.length && ((this.#words[word] ?? 0) & bit) !== 0) {
      this.#words[word] = (this.#words[word] ?? 0) & ~bit;
      this.#count -= 1;
    }
  }
}
