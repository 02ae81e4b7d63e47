// Imports the related-stories pages into a library through the real import API and waits until the
// background entity suggester has run on every one of them (the engine ranks on those entities).
import { basename, join } from 'node:path';
import type { Library } from '../../../main/core/library.ts';
import type { ArticleId } from '../../../main/shared/ids.ts';
import type { ImportBatch } from '../../../main/shared/types.ts';
import { relatedFixturesDir } from './related-manifest.ts';

const entitiesTimeoutMs = 120_000;

/** Imports the pages and resolves with each file's article id once entities are suggested. */
export async function importFixturePages(
  library: Library,
  files: readonly string[],
): Promise<Map<string, ArticleId>> {
  const suggested = new Set<ArticleId>();
  let batchDone: (batch: ImportBatch) => void = () => undefined;
  const finished = new Promise<ImportBatch>((resolve) => {
    batchDone = resolve;
  });
  let entitiesDone = (): void => undefined;
  const entitiesSettled = new Promise<void>((resolve) => {
    entitiesDone = resolve;
  });
  let expected: ReadonlySet<ArticleId> | null = null;
  const settle = (): void => {
    if (expected !== null && [...expected].every((id) => suggested.has(id))) entitiesDone();
  };
  library.onEvent((event) => {
    if (event.type === 'import-finished') batchDone(event.batch);
    if (event.type === 'entities-changed') suggested.add(event.articleId);
    settle();
  });
  const started = await library.startImport({ paths: [join(relatedFixturesDir, 'pages')], uploads: false });
  if (!started.ok) throw new Error(started.error.message);
  const batch = await finished;
  const ids = new Map<string, ArticleId>();
  for (const outcome of batch.outcomes)
    if (outcome.status === 'imported' && outcome.id !== undefined)
      ids.set(basename(outcome.file), outcome.id);
  const missing = files.filter((file) => !ids.has(file));
  if (missing.length > 0) throw new Error(`Not imported: ${missing.join(', ')}`);
  expected = new Set(ids.values());
  settle();
  const timedOut = await Promise.race([
    entitiesSettled.then(() => false),
    new Promise<boolean>((resolve) => {
      setTimeout(() => {
        resolve(true);
      }, entitiesTimeoutMs).unref();
    }),
  ]);
  if (timedOut)
    process.stderr.write(`warning: entity suggestions unfinished after ${entitiesTimeoutMs} ms\n`);
  return ids;
}
