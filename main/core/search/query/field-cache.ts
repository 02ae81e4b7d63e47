/** Fields this long or longer are kept as UTF-8 bytes, off the JavaScript heap. */
const byteFieldChars = 256;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A field as read or kept: a string, or its UTF-8 bytes (the body, read from the database as bytes
 * or kept as bytes when read as a long string).
 */
export type KeptField = string | Uint8Array;

const sizeOf = (field: KeptField): number => (typeof field === 'string' ? field.length : field.byteLength);

const decoded = (fields: readonly KeptField[]): readonly string[] =>
  fields.map((field) => (typeof field === 'string' ? field : decoder.decode(field)));

/**
 * The searched fields of recently checked articles, kept across queries: typing a phrase asks the
 * same candidates again at every keystroke, and reading a text from the database costs more than
 * testing it. Least recently used articles leave first once `maxSize` (characters of short fields,
 * bytes of long ones) is held; a changed or deleted article must be forgotten by its owner.
 *
 * Long fields are kept as bytes, not strings: texts kept as strings live on the JavaScript heap,
 * where every text read survives a young-generation collection and is copied by it. At 100,000
 * articles that made collections cost 200 ms over 170 phrase queries, against 12–20 ms with
 * nothing kept (docs/benchmarks.md); decoding a kept text again costs a few microseconds, reading
 * it from the database ~50.
 */
export class FieldCache {
  readonly #maxSize: number;
  readonly #entries = new Map<number, readonly KeptField[]>();
  #size = 0;

  constructor(maxSize = 8_000_000) {
    this.#maxSize = maxSize;
  }

  /** The cached fields of an article, read with `read` when absent, as strings. */
  get(id: number, read: () => readonly KeptField[]): readonly string[] {
    const cached = this.#entries.get(id);
    if (cached !== undefined) {
      // Re-inserting moves it to the young end of the map's order.
      this.#entries.delete(id);
      this.#entries.set(id, cached);
      return decoded(cached);
    }
    const kept = read().map((field) =>
      typeof field === 'string' && field.length >= byteFieldChars ? encoder.encode(field) : field,
    );
    const size = kept.reduce((sum, field) => sum + sizeOf(field), 0);
    if (size > this.#maxSize / 4) return decoded(kept);
    this.#entries.set(id, kept);
    this.#size += size;
    for (const [old, oldFields] of this.#entries) {
      if (this.#size <= this.#maxSize) break;
      this.#entries.delete(old);
      this.#size -= oldFields.reduce((sum, field) => sum + sizeOf(field), 0);
    }
    return decoded(kept);
  }

  /** The cached fields of an article, or undefined; neither reads nor counts as a use. */
  peek(id: number): readonly string[] | undefined {
    const cached = this.#entries.get(id);
    return cached === undefined ? undefined : decoded(cached);
  }

  /** Drops an article whose text changed or which is gone. */
  forget(id: number): void {
    const fields = this.#entries.get(id);
    if (fields === undefined) return;
    this.#entries.delete(id);
    this.#size -= fields.reduce((sum, field) => sum + sizeOf(field), 0);
  }
}
