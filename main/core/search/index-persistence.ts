import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { readInParallel } from './read-in-parallel.ts';
import { join } from 'node:path';
import type { LoadedSnapshot } from './index-snapshot.ts';
import type { SavedPairs } from './pair-filters.ts';
import { SearchIndex, type SearchIndexOptions } from './search-index.ts';
import { packedLength } from './lazy-postings.ts';
import { SortedTerms } from './sorted-terms.ts';
import { Vocabulary } from './vocabulary.ts';

/** Bump whenever the on-disk index layout or the tokenizing changes: older caches are rebuilt. */
export const indexFormatVersion = 6;

/**
 * Bump whenever the pair filters' layout changes: older ones are made again from the texts in the
 * background (pair-filter-repair.ts), the rest of the index kept. Format 1 (no `pairFormat` in the
 * manifest) was Bloom filters; format 2 xor filters; format 3 keys the three terms around a short
 * word with the short word; format 4 keeps a word repeated at once ("Baden-Baden"), which FlexSearch's
 * encoder drops; format 5 saves the pair postings (pair-postings.ts) beside the filters, so a library
 * saved before them makes both again once. An older format's keys would reject phrases now asked the
 * new way.
 */
export const pairFormatVersion = 5;

/** The cache folder inside the library. */
export const indexFolder = 'index';
/** The file naming the format version and the layout of a saved index. */
export const manifestFileName = 'manifest.json';
/** Every field's packed posting words, the indexed ids, then every field's term starts (native-endian uint32). */
export const postingsFileName = 'postings.bin';
/** Each article's pair filter: entries of its id, its word count, its seed, then the filter (native-endian uint32). */
export const pairsFileName = 'pairs.bin';
/** The pair postings' saved layout (`PairPostings.saveSteps`, native-endian uint32). */
export const pairPostingsFileName = 'pair-postings.bin';
/** Every field's terms, newline-joined, one field after another (UTF-8). */
export const termsFileName = 'terms.txt';
/** The vocabulary: its frequencies comma-joined, a newline, then its sorted terms newline-joined. */
export const vocabularyFileName = 'vocabulary.txt';

/** What the manifest records. */
export interface IndexManifest {
  readonly formatVersion: number;
  /** The highest article id in the saved index; later articles are added on load. */
  readonly lastId: number;
  readonly count: number;
  /** The byte length of the pair filters file. */
  readonly pairBytes: number;
  /** The byte length of the pair postings file (format 5 on). */
  readonly pairPostingBytes?: number;
  /** The pair filters' layout (`pairFormatVersion`); absent in indexes saved before format 2. */
  readonly pairFormat?: number;
  /** Per field: the byte length of its terms in the terms file, its word count in the postings file and its term count. */
  readonly fields: readonly {
    readonly field: string;
    readonly termBytes: number;
    readonly words: number;
    readonly terms: number;
  }[];
}

/** A loaded index, or why there is none to load. */
export type LoadedIndex =
  | {
      readonly ok: true;
      readonly index: SearchIndex;
      readonly manifest: IndexManifest;
      /** Settles once the pair filters, read after the rest, are in: null, or why they were not taken. */
      readonly pairsArrived: Promise<string | null>;
    }
  | { readonly ok: false; readonly reason: 'missing' | 'corrupt' | 'other-format'; readonly detail: string };

function parseManifest(text: string): IndexManifest {
  const value = JSON.parse(text) as Partial<IndexManifest> | null;
  if (
    typeof value?.formatVersion !== 'number' ||
    typeof value.lastId !== 'number' ||
    typeof value.count !== 'number' ||
    typeof value.pairBytes !== 'number'
  ) {
    throw new TypeError('manifest lacks formatVersion, lastId, count or pairBytes');
  }
  return value as IndexManifest;
}

/** Each field's saved terms, in manifest order; throws when the file's size disagrees with the manifest. */
function readTermLists(manifest: IndexManifest, terms: Buffer): SortedTerms[] {
  const declared: unknown = manifest.fields;
  if (!Array.isArray(declared)) throw new TypeError('manifest lacks fields');
  let byteAt = 0;
  const lists = (declared as IndexManifest['fields']).map(({ termBytes }) => {
    if (!Number.isInteger(termBytes) || byteAt + termBytes > terms.byteLength)
      throw new RangeError('index files are torn');
    // The terms stay in the file's bytes: splitting them into strings was a third of a reopen.
    const list = SortedTerms.fromText(terms.subarray(byteAt, byteAt + termBytes));
    byteAt += termBytes;
    return list;
  });
  if (byteAt !== terms.byteLength) throw new RangeError('index files do not match the manifest');
  return lists;
}

/** Joins the posting words to the fields' terms as a snapshot; throws when their sizes disagree with the manifest. */
function unpackPostings(
  manifest: IndexManifest,
  postings: Buffer,
  termLists: readonly SortedTerms[],
): LoadedSnapshot {
  if (postings.byteLength % 4 !== 0) throw new RangeError('postings file is torn');
  const words = wordsOf(postings);
  let wordAt = 0;
  const parts = manifest.fields;
  const startsAt =
    words.length - parts.reduce((sum, part) => sum + (Number.isInteger(part.terms) ? part.terms : 0), 0);
  let startAt = startsAt;
  const fields = parts.map(({ field, words: count, terms: termCount }, at) => {
    const terms = termLists[at];
    if (terms === undefined || !Number.isInteger(termCount) || startAt + termCount > words.length)
      throw new RangeError('index files are torn');
    const part = {
      field,
      terms,
      words: words.subarray(wordAt, wordAt + count),
      starts: words.subarray(startAt, startAt + termCount),
    };
    checkStarts(part.starts, part.words);
    wordAt += count;
    startAt += termCount;
    return part;
  });
  if (startsAt - wordAt !== manifest.count) throw new RangeError('index files do not match the manifest');
  return { fields, ids: words.subarray(wordAt, startsAt) };
}

/** Checks that saved term starts rise and end with the words, so no lookup can read past them. */
function checkStarts(starts: Uint32Array, words: Uint32Array): void {
  let previous = -1;
  for (const start of starts) {
    if (start <= previous || start >= words.length) throw new RangeError('term starts are damaged');
    previous = start;
  }
  const end = starts.length === 0 ? 0 : previous + packedLength(words, previous);
  if (end !== words.length || (starts.length > 0 && starts[0] !== 0))
    throw new RangeError('term starts do not match the postings');
}

/** The pair filters file as words; throws when its size disagrees with the manifest. */
function pairWords(manifest: IndexManifest, bytes: Buffer, postingBytes: Buffer | null): SavedPairs {
  const format = manifest.pairFormat ?? 1;
  if (format !== pairFormatVersion)
    throw new RangeError(`pair filters are of format ${format}, expected ${pairFormatVersion}`);
  if (bytes.byteLength !== manifest.pairBytes || bytes.byteLength % 4 !== 0)
    throw new RangeError('pair filters do not match the manifest');
  if (postingBytes === null) throw new RangeError('pair postings are missing');
  if (postingBytes.byteLength !== manifest.pairPostingBytes || postingBytes.byteLength % 4 !== 0)
    throw new RangeError('pair postings do not match the manifest');
  return { filters: wordsOf(bytes), postings: wordsOf(postingBytes) };
}

/** A file's bytes (a multiple of 4) as native-endian words, copied only when they are not aligned. */
function wordsOf(bytes: Buffer): Uint32Array {
  // A Uint32Array view needs 4-byte alignment; a large read buffer has it, a pooled small one may not.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
}

function readVocabulary(bytes: Buffer): Vocabulary {
  const cut = bytes.indexOf(10);
  if (cut < 0) throw new TypeError('vocabulary file is torn');
  return Vocabulary.fromSaved(bytes.subarray(cut + 1), bytes.subarray(0, cut));
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Encodes terms as newline-joined UTF-8 a chunk at a time, handing the event loop back in between. */
async function termBuffers(terms: readonly string[]): Promise<Buffer[]> {
  const buffers: Buffer[] = [];
  for (let start = 0; start < terms.length; start += 16_384) {
    const head = start === 0 ? '' : '\n';
    buffers.push(Buffer.from(head + terms.slice(start, start + 16_384).join('\n'), 'utf8'));
    await yieldToEventLoop();
  }
  return buffers;
}

/** Reads the saved index of a library; any damage is reported as a reason, never thrown. */
export async function loadIndex(libraryDir: string, options: SearchIndexOptions = {}): Promise<LoadedIndex> {
  const folder = join(libraryDir, indexFolder);
  // Every read starts before the first await, on libuv's threads: the caller's synchronous work
  // right after this call (counting the articles) overlaps them. The small files arrive first and are
  // decoded while the large postings file is still being read.
  const postingsFile = readInParallel(join(folder, postingsFileName));
  // Read once the postings are in, not beside them: the open waits for those only.
  const pairsFile = postingsFile.then(() =>
    Promise.all([
      readInParallel(join(folder, pairsFileName)),
      // Missing in an index saved before them: the format check below says so first.
      readInParallel(join(folder, pairPostingsFileName)).catch(() => null),
    ]),
  );
  const smallFiles = Promise.all([
    readFile(join(folder, termsFileName)),
    readFile(join(folder, vocabularyFileName)),
  ]);
  // A missing or damaged index reads as the manifest's reason; the files' own errors are then moot.
  postingsFile.catch(() => undefined);
  pairsFile.catch(() => undefined);
  smallFiles.catch(() => undefined);
  let manifestText: string;
  try {
    manifestText = await readFile(join(folder, manifestFileName), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { ok: false, reason: 'missing', detail: 'no manifest' };
    return { ok: false, reason: 'corrupt', detail: String(error) };
  }
  try {
    const manifest = parseManifest(manifestText);
    if (manifest.formatVersion !== indexFormatVersion) {
      const detail = `format ${manifest.formatVersion}, expected ${indexFormatVersion}`;
      return { ok: false, reason: 'other-format', detail };
    }
    const [terms, vocabularyBytes] = await smallFiles;
    const termLists = readTermLists(manifest, terms);
    const vocabulary = readVocabulary(vocabularyBytes);
    const snapshot = unpackPostings(manifest, await postingsFile, termLists);
    const index = new SearchIndex(options);
    // Searchable without them (a phrase then reads its candidates): the open does not wait for them.
    const pairs = pairsFile.then(([bytes, postingBytes]) => pairWords(manifest, bytes, postingBytes));
    pairs.catch(() => undefined);
    index.restore(snapshot, vocabulary, manifest.count);
    const pairsArrived = index.receivePairs(pairs);
    return { ok: true, index, manifest, pairsArrived };
  } catch (error) {
    // The index is a cache: a broken part means "rebuild", and the caller logs why.
    return { ok: false, reason: 'corrupt', detail: String(error) };
  }
}

/**
 * Saves an index snapshot: packed a few ms at a time (a mutation meanwhile spoils the snapshot,
 * which then throws IndexChangedDuringSave and is redone by the caller), written to a fresh folder off the main thread, then swapped in place of
 * the old one; the manifest is written last, so a torn save reads as missing or corrupt and is
 * rebuilt. `lastId` and the count are taken before the snapshot starts, matching it.
 */
export async function saveIndex(libraryDir: string, index: SearchIndex, lastId: number): Promise<void> {
  const count = index.size;
  const { postings, vocabulary, pairs, pairPostings } = await index.snapshot();
  const nonce = randomUUID();
  const next = join(libraryDir, `${indexFolder}.next-${nonce}`);
  const old = join(libraryDir, `${indexFolder}.old-${nonce}`);
  const current = join(libraryDir, indexFolder);
  await mkdir(next, { recursive: true });
  const fields: IndexManifest['fields'][number][] = [];
  const termTexts: Buffer[] = [];
  for (const { field, terms, words } of postings.fields) {
    const buffers = await termBuffers(terms);
    termTexts.push(...buffers);
    const termBytes = buffers.reduce((sum, b) => sum + b.byteLength, 0);
    fields.push({ field, termBytes, words: words.length, terms: terms.length });
  }
  // Saving where each term starts spares a reopen the walk over every posting list to find them.
  const starts = postings.fields.map((f) => f.starts ?? new Uint32Array(0));
  if (postings.fields.some((f, i) => starts[i]?.length !== f.terms.length))
    throw new Error('snapshot lacks term starts');
  const words = [...postings.fields.map((f) => f.words), postings.ids, ...starts];
  await writeFile(join(next, termsFileName), termTexts);
  await writeFile(join(next, postingsFileName), words);
  // Written run by run (views of the live filters): most of a save's bytes, copied by nobody.
  await writeFile(join(next, pairsFileName), pairs);
  const pairBytes = pairs.reduce((sum, run) => sum + run.byteLength, 0);
  await writeFile(join(next, pairPostingsFileName), pairPostings);
  // Written chunk by chunk: joining a 100k-article vocabulary into one string held the event loop.
  const vocabularyText = [
    ...vocabulary.frequencies.flatMap((chunk, i) => (i === 0 ? [chunk] : [',', chunk])),
    '\n',
    ...vocabulary.terms.flatMap((chunk, i) => (i === 0 ? [chunk] : ['\n', chunk])),
  ];
  await writeFile(join(next, vocabularyFileName), vocabularyText);
  const manifest: IndexManifest = {
    formatVersion: indexFormatVersion,
    lastId,
    count,
    pairBytes,
    pairPostingBytes: pairPostings.byteLength,
    pairFormat: pairFormatVersion,
    fields,
  };
  await writeFile(join(next, manifestFileName), JSON.stringify(manifest));
  try {
    await rename(current, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await rename(next, current);
  await rm(old, { recursive: true, force: true });
}
