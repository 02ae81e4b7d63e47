import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SearchIndex, type SearchIndexOptions } from './search-index.ts';

/** Bump whenever the on-disk index layout or the tokenizing changes: older caches are rebuilt. */
export const indexFormatVersion = 2;

/** The cache folder inside the library. */
export const indexFolder = 'index';
/** The file naming the format version and the parts of a saved index. */
export const manifestFileName = 'manifest.json';

/** What the manifest records. */
export interface IndexManifest {
  readonly formatVersion: number;
  /** The highest article id in the saved index; later articles are added on load. */
  readonly lastId: number;
  readonly count: number;
  readonly parts: readonly { readonly key: string; readonly file: string }[];
}

/** A loaded index, or why there is none to load. */
export type LoadedIndex =
  | { readonly ok: true; readonly index: SearchIndex; readonly manifest: IndexManifest }
  | { readonly ok: false; readonly reason: 'missing' | 'corrupt' | 'other-format'; readonly detail: string };

function parseManifest(text: string): IndexManifest {
  const value = JSON.parse(text) as Partial<IndexManifest> | null;
  if (
    typeof value?.formatVersion !== 'number' ||
    typeof value.lastId !== 'number' ||
    typeof value.count !== 'number' ||
    !Array.isArray(value.parts)
  ) {
    throw new TypeError('manifest lacks formatVersion, lastId, count or parts');
  }
  return value as IndexManifest;
}

/** Reads the saved index of a library; any damage is reported as a reason, never thrown. */
export async function loadIndex(libraryDir: string, options: SearchIndexOptions = {}): Promise<LoadedIndex> {
  const folder = join(libraryDir, indexFolder);
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
    const entries: [string, string][] = [];
    for (const part of manifest.parts)
      entries.push([part.key, await readFile(join(folder, part.file), 'utf8')]);
    const vocabulary = await readFile(join(folder, 'vocabulary.json'), 'utf8');
    const index = new SearchIndex(options);
    index.import(entries, vocabulary, manifest.count);
    return { ok: true, index, manifest };
  } catch (error) {
    // The index is a cache: a broken part means "rebuild", and the caller logs why.
    return { ok: false, reason: 'corrupt', detail: String(error) };
  }
}

/**
 * Saves an index snapshot: exported in chunks that yield to the event loop (the index holds back
 * mutations meanwhile, so the snapshot is whole), written to a fresh folder, then swapped in
 * place of the old one. `lastId` and the count are taken before the export starts, matching it.
 */
export async function saveIndex(libraryDir: string, index: SearchIndex, lastId: number): Promise<void> {
  const count = index.size;
  const { entries, vocabulary } = await index.exportInChunks();
  const nonce = randomUUID();
  const next = join(libraryDir, `${indexFolder}.next-${nonce}`);
  const old = join(libraryDir, `${indexFolder}.old-${nonce}`);
  const current = join(libraryDir, indexFolder);
  await mkdir(next, { recursive: true });
  const parts = entries.map(([key], i) => ({ key, file: `part-${i}.json` }));
  for (const [i, [, data]] of entries.entries()) await writeFile(join(next, `part-${i}.json`), data);
  await writeFile(join(next, 'vocabulary.json'), vocabulary);
  const manifest: IndexManifest = { formatVersion: indexFormatVersion, lastId, count, parts };
  // The manifest goes last: a folder without one is never mistaken for a complete index.
  await writeFile(join(next, manifestFileName), JSON.stringify(manifest));
  try {
    await rename(current, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await rename(next, current);
  await rm(old, { recursive: true, force: true });
}
