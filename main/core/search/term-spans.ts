/**
 * A save's terms in sorted order with where each one's packed list is: a start and a length in the
 * saved words, or start -1 for a decoded list. Sized up front and kept in a typed array: growing
 * JS arrays of 2M terms by pushing copied them whole (~70 ms a copy at 100k articles).
 */
export class TermSpans {
  #terms: string[];
  #spans: Float64Array;
  #count = 0;

  constructor(expected: number) {
    this.#terms = new Array<string>(Math.max(0, expected));
    this.#spans = new Float64Array(2 * Math.max(16, expected));
  }

  /** Appends a term whose list is `length` words at `start` (-1: decoded, packed from its buckets). */
  push(term: string, start: number, length: number): void {
    const at = this.#count;
    if (2 * at + 2 > this.#spans.length) {
      const grown = new Float64Array(this.#spans.length * 2);
      grown.set(this.#spans);
      this.#spans = grown;
    }
    this.#terms[at] = term;
    this.#spans[2 * at] = start;
    this.#spans[2 * at + 1] = length;
    this.#count = at + 1;
  }

  /** How many terms were pushed. */
  get count(): number {
    return this.#count;
  }

  /** Where term `k`'s list starts in the saved words (-1: decoded). */
  start(k: number): number {
    return this.#spans[2 * k] ?? 0;
  }

  /** How many words term `k`'s packed list takes. */
  length(k: number): number {
    return this.#spans[2 * k + 1] ?? 0;
  }

  /** The total words of every list. */
  totalWords(): number {
    let size = 0;
    for (let k = 0; k < this.#count; k += 1) size += this.length(k);
    return size;
  }

  /** The terms, in the order pushed (the spans stay readable). */
  terms(): string[] {
    this.#terms.length = this.#count;
    return this.#terms;
  }
}
