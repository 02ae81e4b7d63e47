/**
 * The pair postings' table slots and their saved layout (pair-postings.ts keeps the lists; this file
 * says how a slot is laid out, writes the compacted layout a save stores, and reads it back, checking
 * that it is whole).
 *
 * The layout: format, common count, covered words, table slots, pool words; then the common hashes,
 * the covered bits, the table (each list's start moved to where the pool below holds it, its room its
 * length) and the pool.
 */
import { IdChunks } from './id-chunks.ts';

/** The saved layout's version (first word). */
export const pairPostingsFormat = 1;

/** A table slot's length when it holds no key, and when its key is frequent (no list). */
export const emptySlot = 0xfffffffe;
export const frequentSlot = 0xffffffff;
/** Words of a table slot: key, start, length, capacity. */
export const slotWords = 4;
export const keyAt = 0;
export const startAt = 1;
export const lengthAt = 2;
export const capacityAt = 3;
/** Table slots or list words a save handles between two yields. */
const stepWords = 65_536;
/** Words before the arrays of the saved layout: format, common terms, covered words, table size, pool words. */
const headerWords = 5;

/** What pair postings are made of: the common terms' hashes, the covered bits, the key table and the lists. */
export interface PairPostingsParts {
  readonly common: Uint32Array;
  readonly covered: Uint32Array;
  /** `slotWords` words a slot. */
  readonly table: Uint32Array;
  readonly slots: number;
  readonly ids: IdChunks;
}

/** The saved layout of `parts`, compacted, built in slices (`pause` after at most `stepWords` slots or words). */
export async function layOutInSlices(
  parts: PairPostingsParts,
  pause: () => Promise<void>,
): Promise<Uint32Array> {
  const { common, covered, table, slots, ids } = parts;
  let poolWords = 0;
  for (let slot = 0; slot < slots; slot += 1) {
    const length = table[slot * slotWords + lengthAt] ?? emptySlot;
    if (length !== emptySlot && length !== frequentSlot) poolWords += length;
    if (slot % stepWords === stepWords - 1) await pause();
  }
  const out = new Uint32Array(headerWords + common.length + covered.length + slotWords * slots + poolWords);
  out.set([pairPostingsFormat, common.length, covered.length, slots, poolWords]);
  let at = headerWords;
  out.set(common, at);
  at += common.length;
  out.set(covered, at);
  at += covered.length;
  const tableAt = at;
  const poolStart = tableAt + slotWords * slots;
  let poolAt = poolStart;
  // Word by word, no views: a view per slot was two million objects at 100,000 articles.
  let work = 0;
  for (let slot = 0; slot < slots; slot += 1) {
    const from = slot * slotWords;
    const to = tableAt + from;
    for (let k = 0; k < slotWords; k += 1) out[to + k] = table[from + k] ?? 0;
    const length = table[from + lengthAt] ?? emptySlot;
    work += 1;
    if (length !== emptySlot && length !== frequentSlot && poolAt + length <= out.length) {
      ids.copyTo(table[from + startAt] ?? 0, length, out, poolAt);
      out[to + startAt] = poolAt - poolStart;
      out[to + capacityAt] = length;
      poolAt += length;
      work += length;
    }
    if (work >= stepWords) {
      work = 0;
      await pause();
    }
  }
  return out;
}

/**
 * The parts of a saved layout, as views of `words` (nothing copied but the covered bits' count),
 * with how many keys the table holds; throws a RangeError when it is torn or of another format.
 */
export function readLayout(words: Uint32Array): PairPostingsParts & { readonly keyCount: number } {
  if (words.length < headerWords || words[0] !== pairPostingsFormat)
    throw new RangeError('pair postings are of another format');
  const [commonCount, coveredWords, slots, poolWords] = [words[1], words[2], words[3], words[4]].map(
    (w) => w ?? 0,
  ) as [number, number, number, number];
  let at = headerWords;
  const take = (count: number): Uint32Array => {
    if (at + count > words.length) throw new RangeError('pair postings are torn');
    const part = words.subarray(at, at + count);
    at += count;
    return part;
  };
  if (slots === 0 || (slots & (slots - 1)) !== 0) throw new RangeError('pair postings are torn');
  const common = take(commonCount);
  const covered = take(coveredWords);
  const table = take(slotWords * slots);
  const pool = take(poolWords);
  if (at !== words.length) throw new RangeError('pair postings are torn');
  let keyCount = 0;
  for (let from = 0; from < table.length; from += slotWords) {
    const length = table[from + lengthAt] ?? emptySlot;
    if (length === emptySlot) continue;
    keyCount += 1;
    if (
      length !== frequentSlot &&
      ((table[from + startAt] ?? 0) + length > poolWords || table[from + capacityAt] !== length)
    )
      throw new RangeError('pair postings are torn');
  }
  if (keyCount * 10 > slots * 9) throw new RangeError('pair postings are torn');
  // Full: a list's next id moves it to the pool's end (a copy of the pool the first time).
  return { common, covered, table, slots, ids: new IdChunks(pool, poolWords), keyCount };
}
