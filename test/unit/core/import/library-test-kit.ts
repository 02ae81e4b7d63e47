// Shared set-up for core tests: fresh temp libraries, small HTML pages, waiting for batches.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import type { ArchiveEvent } from '../../../../main/shared/api.ts';
import type { ApiRequest } from '../../../../main/shared/schemas.ts';
import type { ImportBatch } from '../../../../main/shared/types.ts';
import { openLibrary, type Library, type OpenLibraryOptions } from '../../../../main/core/library.ts';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fresh empty folder under the OS temp dir, removed after the test. */
export async function tempDir(prefix = 'dossier-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes a file (creating folders) and returns its path. */
export async function writeTestFile(path: string, content: string | Uint8Array): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return path;
}

/** A small saved page Readability accepts as an article. */
export function articleHtml(page: { title: string; body: string; byline?: string }): string {
  const byline = page.byline === undefined ? '' : `<p class="byline">By ${page.byline}</p>`;
  const filler =
    'This paragraph is here so that the page reads as an article, with enough ordinary words in sentences.';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page.title}</title>
<meta name="author" content="${page.byline ?? ''}"></head>
<body><article><h1>${page.title}</h1>${byline}
<p>${page.body} ${filler}</p><p>${filler} ${filler}</p><p>${filler}</p></article></body></html>`;
}

/** Opens a library in `dir` (one worker by default), closed after the test. */
export async function openTestLibrary(
  dir: string,
  options: Omit<OpenLibraryOptions, 'dir'> = {},
): Promise<Library> {
  const opened = await openLibrary({ dir, workerCount: 1, ...options });
  if (!opened.ok) throw new Error(`openLibrary failed: ${opened.error.code} ${opened.error.message}`);
  const library = opened.value;
  cleanups.push(() => library.close());
  return library;
}

/** Records every event of a library, and lets a test wait for one batch to end. */
export function recordEvents(library: Library): {
  events: ArchiveEvent[];
  finished: (batchId: string) => Promise<ImportBatch>;
} {
  const events: ArchiveEvent[] = [];
  const waiters: (() => void)[] = [];
  library.onEvent((event) => {
    events.push(event);
    for (const wake of waiters.splice(0)) wake();
  });
  const finished = async (batchId: string): Promise<ImportBatch> => {
    for (;;) {
      const found = events.find((e) => e.type === 'import-finished' && e.batch.batchId === batchId);
      if (found?.type === 'import-finished') return found.batch;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { events, finished };
}

/** Starts an import and waits until its batch has ended. */
export async function importAndWait(
  library: Library,
  request: ApiRequest<'startImport'>,
): Promise<ImportBatch> {
  const { finished } = recordEvents(library);
  const started = await library.startImport(request);
  if (!started.ok) throw new Error(started.error.message);
  return finished(started.value.batchId);
}
