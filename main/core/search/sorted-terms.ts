/** A sorted list of terms that can be searched without a map: an array of strings or saved bytes. */
export interface TermList {
  /** How many terms the list holds. */
  readonly length: number;
  /** The term at `index` (in sorted order). */
  at(index: number): string;
  /** The position of `term`, or -1. */
  indexOf(term: string): number;
}

/** Binary search over strings sorted by code unit. */
export function stringTermList(terms: readonly string[]): TermList {
  return {
    length: terms.length,
    at: (index) => terms[index] ?? '',
    indexOf: (term) => {
      let low = 0;
      let high = terms.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((terms[middle] ?? '') < term) low = middle + 1;
        else high = middle;
      }
      return terms[low] === term ? low : -1;
    },
  };
}

/**
 * Where a UTF-8 byte sorts among lead bytes when strings are ordered by UTF-16 code unit (as
 * `Array.prototype.sort()` orders the saved terms): characters above U+FFFF (lead bytes F0–F4,
 * surrogate pairs in UTF-16) sort before U+E000–U+FFFF (lead bytes EE–EF) there, not after.
 */
function rank(byte: number): number {
  return byte >= 0xf0 ? 0xed * 8 + 1 + (byte - 0xf0) : byte * 8;
}

/** Terms packed per step of `fromSortedSteps`, less one (a mask). */
const termsPerStep = (1 << 15) - 1;

/**
 * Terms saved as newline-joined UTF-8, searched in place: a reopen neither splits the text into
 * millions of strings nor builds a map (that was most of a reopen's time at 100k articles). A
 * lookup binary-searches the bytes; only the terms read back become strings.
 */
export class SortedTerms implements TermList {
  readonly #bytes: Buffer;
  /** Where each term starts; one more entry marks the end of the last. */
  readonly #offsets: Uint32Array;

  private constructor(bytes: Buffer, offsets: Uint32Array) {
    this.#bytes = bytes;
    this.#offsets = offsets;
  }

  /**
   * Packs terms sorted by code unit as newline-joined bytes, in steps of a few ms (a rebuild's last
   * step runs between events; joining 1.5 million terms at once holds the thread ~1 s). Throws, as
   * `fromText` does, when they are not in order.
   */
  static *fromSortedSteps(terms: readonly string[]): Generator<void, SortedTerms> {
    const offsets = new Uint32Array(terms.length + 1);
    let end = 0;
    for (let i = 0; i < terms.length; i += 1) {
      offsets[i] = end;
      end += Buffer.byteLength(terms[i] ?? '', 'utf8') + 1;
      if ((i & termsPerStep) === termsPerStep) yield;
    }
    offsets[terms.length] = end;
    // Zeroed memory the kernel maps page by page as the loop writes it (filled with newlines at
    // once, ~16 MB at 100,000 articles, it was mapped in one step); each newline is written below.
    const bytes = Buffer.alloc(Math.max(0, end - 1));
    for (let i = 0; i < terms.length; i += 1) {
      const start = offsets[i] ?? 0;
      if (i > 0) bytes[start - 1] = 10;
      bytes.write(terms[i] ?? '', start, 'utf8');
      const previous = offsets[i - 1] ?? 0;
      if (i > 0 && compareRanges(bytes, previous, start - 1, bytes, start, (offsets[i + 1] ?? 1) - 1) >= 0)
        throw new RangeError('terms are not sorted');
      if ((i & termsPerStep) === termsPerStep) yield;
    }
    return new SortedTerms(bytes, offsets);
  }

  /** Reads newline-joined terms; throws when they are not sorted (a damaged file). */
  static fromText(bytes: Buffer): SortedTerms {
    if (bytes.byteLength === 0) return new SortedTerms(bytes, new Uint32Array(1));
    let count = 1;
    for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) count += 1;
    const offsets = new Uint32Array(count + 1);
    let term = 0;
    let previous = 0;
    for (let at = 0; at <= bytes.byteLength; at += 1) {
      if (at < bytes.byteLength && bytes[at] !== 10) continue;
      offsets[term] = previous;
      if (term > 0 && compareRanges(bytes, offsets[term - 1] ?? 0, previous - 1, bytes, previous, at) >= 0)
        throw new RangeError('saved terms are not sorted');
      term += 1;
      previous = at + 1;
    }
    offsets[count] = bytes.byteLength + 1;
    return new SortedTerms(bytes, offsets);
  }

  get length(): number {
    return this.#offsets.length - 1;
  }

  at(index: number): string {
    const start = this.#offsets[index] ?? 0;
    return this.#bytes.toString('utf8', start, (this.#offsets[index + 1] ?? start + 1) - 1);
  }

  indexOf(term: string): number {
    const key = Buffer.from(term, 'utf8');
    const at = this.lowerBound(key);
    if (at >= this.length) return -1;
    const start = this.#offsets[at] ?? 0;
    const end = (this.#offsets[at + 1] ?? 0) - 1;
    return compareRanges(this.#bytes, start, end, key, 0, key.byteLength) === 0 ? at : -1;
  }

  /** The first position whose term is not below `key` (UTF-8 bytes of a term). */
  lowerBound(key: Uint8Array): number {
    const offsets = this.#offsets;
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = offsets[middle] ?? 0;
      const end = (offsets[middle + 1] ?? 0) - 1;
      if (compareRanges(this.#bytes, start, end, key, 0, key.byteLength) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Whether the term at `index` starts with `key` (UTF-8 bytes). */
  startsWith(index: number, key: Uint8Array): boolean {
    const start = this.#offsets[index] ?? 0;
    const end = (this.#offsets[index + 1] ?? 0) - 1;
    if (end - start < key.byteLength) return false;
    for (let i = 0; i < key.byteLength; i += 1) if (this.#bytes[start + i] !== key[i]) return false;
    return true;
  }
}

/** Compares two UTF-8 byte ranges in UTF-16 code unit order. */
function compareRanges(
  a: Uint8Array,
  aStart: number,
  aEnd: number,
  b: Uint8Array,
  bStart: number,
  bEnd: number,
): number {
  const length = Math.min(aEnd - aStart, bEnd - bStart);
  for (let i = 0; i < length; i += 1) {
    const x = a[aStart + i] ?? 0;
    const y = b[bStart + i] ?? 0;
    // Equal bytes before mean the characters line up: two differing bytes are both lead bytes
    // or both continuation bytes (below 0xC0, which `rank` leaves in order).
    if (x !== y) return rank(x) - rank(y);
  }
  return aEnd - aStart - (bEnd - bStart);
}
