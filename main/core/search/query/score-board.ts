/**
 * Per-article scratch arrays reused by every query: an entry counts only when its epoch matches
 * the current pass, so nothing is cleared or allocated per article between queries.
 */
export class ScoreBoard {
  seen = new Int32Array(0);
  alive = new Int32Array(0);
  best = new Float64Array(0);
  total = new Float64Array(0);
  /** Ids touched by the current pass, in order (its first `count` entries). */
  touched = new Int32Array(1024);
  /** How many ids the bit sets of a ranking have room for (grown when a larger id turns up). */
  idCapacity = 1024;
  #epoch = 0;
  readonly #scratch = new Map<string, Float64Array>();
  readonly #bits = new Map<string, Int32Array>();

  /** A fresh epoch; the arrays are reset on the rare wrap-around. */
  nextEpoch(): number {
    if (this.#epoch >= 0x7ffffff0) {
      this.seen.fill(0);
      this.alive.fill(0);
      this.#epoch = 0;
    }
    this.#epoch += 1;
    return this.#epoch;
  }

  /** Grows the per-article arrays to hold `id`. */
  fit(id: number): void {
    if (id < this.seen.length) return;
    const size = Math.max(id + 1, this.seen.length * 2, 1024);
    this.seen = grown(this.seen, new Int32Array(size));
    this.alive = grown(this.alive, new Int32Array(size));
    this.best = grown(this.best, new Float64Array(size));
    this.total = grown(this.total, new Float64Array(size));
  }

  /**
   * A reusable array of at least `size` entries (a view of exactly `size`), kept per name across
   * queries: its old contents remain, so a caller reads back only what it wrote. Allocated per query
   * they were up to ~2 MB of zeroed memory each time at 100k articles.
   */
  scratch(name: string, size: number): Float64Array {
    let array = this.#scratch.get(name);
    if (array === undefined || array.length < size) {
      array = new Float64Array(Math.max(size, (array?.length ?? 0) * 2, 1024));
      this.#scratch.set(name, array);
    }
    return array.subarray(0, size);
  }

  /** A reusable set of ids as bits (`words` × 32 ids), kept per name across queries and cleared. */
  bits(name: string, words: number): Int32Array {
    let array = this.#bits.get(name);
    if (array === undefined || array.length < words) {
      array = new Int32Array(Math.max(words, (array?.length ?? 0) * 2, 32));
      this.#bits.set(name, array);
    }
    const view = array.subarray(0, words);
    view.fill(0);
    return view;
  }

  /** Makes room for `count` touched ids, so a pass can append without checks. */
  reserve(count: number): void {
    if (count > this.touched.length) this.touched = new Int32Array(Math.max(count, this.touched.length * 2));
  }

  /** Appends `id` to the touched list at `count`; returns the new count. */
  touch(count: number, id: number): number {
    if (count === this.touched.length) this.touched = grown(this.touched, new Int32Array(count * 2));
    this.touched[count] = id;
    return count + 1;
  }
}

function grown<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
