/** Words of a chunk (4 MB). */
const chunkWords = 1 << 20;

/**
 * Lists of article ids kept in chunks, a list never spanning two: a list's start is a word offset
 * across them all. A list that outgrows its room moves to the end, into a new chunk when the last is
 * full, never into a larger copy of everything: copying tens of MB each time the store grew made V8
 * collect its heap, a second or more per collection in a 100,000-article build (pair-postings.ts).
 */
export class IdChunks {
  readonly #chunks: Uint32Array[];
  /** Where each chunk starts (offsets across all chunks). */
  readonly #starts: number[] = [0];
  /** The offset after the last word taken (in the last chunk). */
  #end: number;

  /** `first`: a first chunk (saved lists, all taken), or a small empty one. */
  constructor(first: Uint32Array = new Uint32Array(1024), taken = 0) {
    this.#chunks = [first];
    this.#end = taken;
  }

  /** The `length` ids of the list starting at offset `start`, as a view. */
  listAt(start: number, length: number): Uint32Array {
    const chunk = this.#chunkOf(start);
    const from = start - (this.#starts[chunk] ?? 0);
    return (this.#chunks[chunk] ?? new Uint32Array(0)).subarray(from, from + length);
  }

  /** Copies the list at `start` (`length` ids) into `out` at `at`, word by word (no view: a save copies millions). */
  copyTo(start: number, length: number, out: Uint32Array, at: number): void {
    const chunk = this.#chunkOf(start);
    const ids = this.#chunks[chunk];
    const from = start - (this.#starts[chunk] ?? 0);
    if (ids !== undefined) for (let i = 0; i < length; i += 1) out[at + i] = ids[from + i] ?? 0;
  }

  /** The last of the `length` (> 0) ids of the list at `start`: no view made (a build asks it ~10⁸ times). */
  lastOf(start: number, length: number): number {
    const chunk = this.#chunkOf(start);
    return this.#chunks[chunk]?.[start - (this.#starts[chunk] ?? 0) + length - 1] ?? 0;
  }

  /**
   * Writes `id` after the `length` ids of the list at `start` (which must have room for it) unless it
   * is their last already; returns whether it wrote. One chunk lookup for both.
   */
  appendUnlessLast(start: number, length: number, id: number): boolean {
    const chunk = this.#chunkOf(start);
    const ids = this.#chunks[chunk];
    if (ids === undefined) return false;
    const end = start - (this.#starts[chunk] ?? 0) + length;
    if (length > 0 && ids[end - 1] === id) return false;
    ids[end] = id;
    return true;
  }

  /** Sets word `index` of the list starting at `start` (within its room). */
  set(start: number, index: number, id: number): void {
    const chunk = this.#chunkOf(start);
    const ids = this.#chunks[chunk];
    if (ids !== undefined) ids[start - (this.#starts[chunk] ?? 0) + index] = id;
  }

  /** Copies the list at `start` (`length` ids) to fresh room of `capacity` at the end; returns its new start. */
  move(start: number, length: number, capacity: number): number {
    const last = this.#chunks.length - 1;
    const lastEnd = (this.#starts[last] ?? 0) + (this.#chunks[last]?.length ?? 0);
    if (this.#end + capacity > lastEnd) {
      this.#chunks.push(new Uint32Array(Math.max(chunkWords, capacity)));
      this.#starts.push(lastEnd);
      this.#end = lastEnd;
    }
    const moved = this.#end;
    this.#chunks.at(-1)?.set(this.listAt(start, length), moved - (this.#starts.at(-1) ?? 0));
    this.#end += capacity;
    return moved;
  }

  /** The chunk holding offset `start` (the last whose start is not past it). */
  #chunkOf(start: number): number {
    const starts = this.#starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((starts[middle] ?? 0) <= start) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
