// Imports the related-stories pages into a library through the real import API, one file at a time in
// name order, each waiting until the background entity suggester has run on it. Import workers and
// the suggester would otherwise finish in a different order every run: the article ids (the ranking's
// tie-break) and the document counts each article's features were computed with would change, and
// with them the figures.
import { basename } from 'node:path';
import type { Library } from '../../../main/core/library.ts';
import type { ArticleId } from '../../../main/shared/ids.ts';
import type { ImportBatch } from '../../../main/shared/types.ts';

const entitiesTimeoutMs = 60_000;

/** Imports the pages (full paths) in name order and resolves with each file name's article id. */
export async function importFixturePages(
  library: Library,
  paths: readonly string[],
): Promise<Map<string, ArticleId>> {
  let batchDone: (batch: ImportBatch) => void = () => undefined;
  let waitingFor: ArticleId | null = null;
  let suggestedDone = (): void => undefined;
  const suggested = new Set<ArticleId>();
  library.onEvent((event) => {
    if (event.type === 'import-finished') batchDone(event.batch);
    if (event.type === 'entities-changed') {
      suggested.add(event.articleId);
      if (event.articleId === waitingFor) suggestedDone();
    }
  });
  const ids = new Map<string, ArticleId>();
  const ordered = [...paths].sort((a, b) => (basename(a) < basename(b) ? -1 : 1));
  for (const path of ordered) {
    const finished = new Promise<ImportBatch>((resolve) => {
      batchDone = resolve;
    });
    const started = await library.startImport({ paths: [path], uploads: false });
    if (!started.ok) throw new Error(started.error.message);
    const outcome = (await finished).outcomes[0];
    if (outcome?.status !== 'imported' || outcome.id === undefined)
      throw new Error(`Not imported: ${path} (${outcome?.status ?? 'no outcome'})`);
    const id = outcome.id;
    ids.set(basename(path), id);
    if (suggested.has(id)) continue;
    const settled = new Promise<boolean>((resolve) => {
      waitingFor = id;
      suggestedDone = () => {
        resolve(false);
      };
      setTimeout(() => {
        resolve(true);
      }, entitiesTimeoutMs).unref();
    });
    if (await settled) throw new Error(`No entity suggestions for ${path} after ${entitiesTimeoutMs} ms`);
  }
  // The engine writes features in groups (feature-writes.ts): asking for suggestions writes what it
  // still holds now, so that a later settling pass over the database is not overwritten by it.
  const first = ids.values().next().value;
  if (first !== undefined) await library.getRelatedSuggestions({ id: first, limit: 1 });
  return ids;
}
