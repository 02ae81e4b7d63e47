/**
 * The searched fields of recently checked articles, kept across queries: typing a phrase asks the
 * same candidates again at every keystroke, and reading a text from the database costs more than
 * testing it. Least recently used articles leave first once `maxChars` is held; a changed or
 * deleted article must be forgotten by its owner.
 */
export class FieldCache {
  readonly #maxChars: number;
  readonly #entries = new Map<number, readonly string[]>();
  #chars = 0;

  constructor(maxChars = 8_000_000) {
    this.#maxChars = maxChars;
  }

  /** The cached fields of an article, read with `read` when absent. */
  get(id: number, read: () => readonly string[]): readonly string[] {
    const cached = this.#entries.get(id);
    if (cached !== undefined) {
      // Re-inserting moves it to the young end of the map's order.
      this.#entries.delete(id);
      this.#entries.set(id, cached);
      return cached;
    }
    const fields = read();
    const size = fields.reduce((sum, f) => sum + f.length, 0);
    if (size > this.#maxChars / 4) return fields;
    this.#entries.set(id, fields);
    this.#chars += size;
    for (const [old, oldFields] of this.#entries) {
      if (this.#chars <= this.#maxChars) break;
      this.#entries.delete(old);
      this.#chars -= oldFields.reduce((sum, f) => sum + f.length, 0);
    }
    return fields;
  }

  /** The cached fields of an article, or undefined; neither reads nor counts as a use. */
  peek(id: number): readonly string[] | undefined {
    return this.#entries.get(id);
  }

  /** Drops an article whose text changed or which is gone. */
  forget(id: number): void {
    const fields = this.#entries.get(id);
    if (fields === undefined) return;
    this.#entries.delete(id);
    this.#chars -= fields.reduce((sum, f) => sum + f.length, 0);
  }
}
