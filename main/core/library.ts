import { mkdir } from 'node:fs/promises';
import { availableParallelism, homedir } from 'node:os';
import { join } from 'node:path';
import type { ArchiveApi, ArchiveEvent, Unsubscribe } from '../shared/api.ts';
import { fail, ok, type Result } from '../shared/result.ts';
import type { SearchIndexState } from '../shared/types.ts';
import { readStoredAsset, type AssetContent } from './assets/save-page-assets.ts';
import { decodeHtml } from './clean/decode-html.ts';
import { exportArticle } from './export/export-article.ts';
import { getArticleRelations, relateUnrelatedArticles } from './links/article-relations.ts';
import { createLinkApi } from './links/article-links.ts';
import { silentLogger, type Logger } from './logger.ts';
import { createCleanPool } from './import/clean-pool.ts';
import { createImporter } from './import/importer.ts';
import { ingestFile } from './import/ingest-file.ts';
import { recleanArticle } from './import/reclean-article.ts';
import { createRecleaner } from './import/reclean-library.ts';
import { CLEANER_VERSION } from './clean/cleaned-page.ts';
import { openArticleSearch, type ArticleSearch } from './search/article-search.ts';
import { findMatches } from './search/find-matches.ts';
import { createSavedSearches } from './search/saved-searches.ts';
import { createTrashApi } from './trash/trash-api.ts';
import { createThreadApi } from './threads/thread-api.ts';
import { createEntityApi } from './entities/api/entity-api.ts';
import { createBackgroundSuggester } from './entities/suggest-in-background.ts';
import { createRelatedStories } from './related/related-api.ts';
import { startDocumentCountRecount } from './related/recount-document-counts.ts';
import { startArticleHtmlMove } from './store/move-article-html.ts';
import {
  countArticles,
  countOutdated,
  getDetail,
  getOriginalLocation,
  listSummaries,
} from './store/article-repository.ts';
import { getCleaningReport } from './store/cleaning-repository.ts';
import { openDatabase } from './store/database.ts';
import { checkDatabaseFile } from './integrity/database-health.ts';
import { startBackgroundCheck, type BackgroundCheckSettings } from './integrity/background-check.ts';
import { acquireLibraryLock } from './store/library-lock.ts';
import { readOriginal } from './store/original-store.ts';

/** An open library: the whole contract, plus events and closing. */
export interface Library extends ArchiveApi {
  readonly dir: string;
  /** A stored image by hash, for the transports' asset URLs (bytes, so not part of the JSON contract). */
  readonly readAsset: (sha256: string) => Promise<Result<AssetContent>>;
  /** Subscribes to import progress and library changes. */
  readonly onEvent: (listener: (event: ArchiveEvent) => void) => Unsubscribe;
  /** Cancels running imports, saves the search index, releases the library. */
  readonly close: () => Promise<void>;
  /** Whether search can answer yet (its index may be rebuilt in the background after opening), and when it can. */
  readonly searchIndex: Pick<ArticleSearch, 'ready' | 'state'>;
}

/** How to open a library. Everything but `dir` has a default. */
export interface OpenLibraryOptions {
  readonly dir: string;
  readonly logger?: Logger;
  readonly now?: () => Date;
  /** The cleaning worker's script; Electron passes its bundled clean-worker.js. */
  readonly workerUrl?: URL;
  /** The script of the worker that makes a rebuild's pair filters; Electron passes its bundled pair-filter-worker.js. */
  readonly pairWorkerUrl?: URL;
  readonly workerCount?: number;
  /** Files above this size fail as too-large. */
  readonly maxFileBytes?: number;
  /** How long cleaning one page may take before its worker is replaced. */
  readonly cleanTimeoutMs?: number;
  /** Runs the start-up integrity check in the background (the app, `dossier serve`); absent: skipped. */
  readonly backgroundCheck?: BackgroundCheckSettings;
}

/** The default size limit of one imported file: 50 MB. */
export const defaultMaxFileBytes = 50 * 1024 * 1024;
const databaseFileName = 'library.sqlite';

// An empty variable counts as unset, as shells make `VAR=` easy to leave behind.
function nonEmpty(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
}

/** The platform's per-user data folder for Dossier. */
export function defaultLibraryDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Dossier');
  if (platform === 'win32')
    return join(nonEmpty(env['APPDATA']) ?? join(home, 'AppData', 'Roaming'), 'Dossier');
  // Linux and the other Unixes follow the XDG base directory spec.
  return join(nonEmpty(env['XDG_DATA_HOME']) ?? join(home, '.local', 'share'), 'Dossier');
}

/** The library to open: `--library DIR` beats `DOSSIER_LIBRARY`, which beats the platform default. */
export function resolveLibraryDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  return nonEmpty(flag) ?? nonEmpty(env['DOSSIER_LIBRARY']) ?? defaultLibraryDir(env);
}

/** Opens (creating if needed) the library in `dir`. */
export async function openLibrary(options: OpenLibraryOptions): Promise<Result<Library>> {
  const { dir } = options;
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date());
  const maxFileBytes = options.maxFileBytes ?? defaultMaxFileBytes;
  const workerCount = options.workerCount ?? Math.max(1, Math.min(2, availableParallelism()));
  const workerUrl = options.workerUrl ?? new URL('./import/clean-worker.ts', import.meta.url);

  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    return fail('unreadable', `Cannot create the library folder ${dir}: ${String(error)}`);
  }
  const lock = await acquireLibraryLock(dir);
  if (!lock.ok) return lock;
  // A damaged database is refused before anything writes to it, so it stays as it was for restore/check
  // (header and schema only here; `dossier check` runs the full quick_check).
  const health = await checkDatabaseFile(join(dir, databaseFileName));
  const opened = health.ok ? openDatabase(join(dir, databaseFileName)) : health;
  if (!opened.ok) {
    await lock.value();
    return opened;
  }
  const { db, schemaVersion } = opened.value;
  const listeners = new Set<(event: ArchiveEvent) => void>();
  const emit = (event: ArchiveEvent): void => {
    for (const listener of listeners) listener(event);
  };
  let search;
  try {
    relateUnrelatedArticles(db);
    const onStateChange = (state: SearchIndexState): void => {
      emit({ type: 'search-index', state });
    };
    const pairWorker = options.pairWorkerUrl === undefined ? {} : { workerUrl: options.pairWorkerUrl };
    ({ search } = await openArticleSearch({ dir, db, logger, onStateChange, pairWorker }));
  } catch (error) {
    // Release what was taken before passing the bug on, so a retry is not refused as locked.
    db.close();
    await lock.value();
    // Damage past the pages the quick open check reads surfaces here (rebuilding the index reads every row).
    const damage = await checkDatabaseFile(join(dir, databaseFileName), true);
    if (!damage.ok) return damage;
    throw error;
  }
  const pool = createCleanPool({
    workerUrl,
    workerCount,
    timeoutMs: options.cleanTimeoutMs ?? 30_000,
    logger,
  });
  const related = createRelatedStories({ db, now, logger });
  const recount = startDocumentCountRecount({ db, logger, countWatch: related.countWatch });
  // The swap may leave words waiting to be recomputed (related-recount-repository.ts).
  void recount.finished.then((swapped) => {
    if (swapped) related.countsMoved();
  });
  const htmlMove = startArticleHtmlMove({ db, logger });
  const suggester = createBackgroundSuggester({
    db,
    now,
    logger,
    suggest: pool.suggest,
    onSuggested: (articleId) => {
      related.refresh(articleId);
      emit({ type: 'entities-changed', articleId });
    },
  });
  // Articles imported before entities existed (or by an older suggester) are caught up at low priority.
  suggester.catchUp();
  const importer = createImporter({
    ingest: async (file) => {
      const outcome = await ingestFile({ dir, db, pool, search, now, maxFileBytes, logger }, file);
      if (outcome.status === 'imported' && outcome.id !== undefined) suggester.enqueue(outcome.id);
      return outcome;
    },
    emit,
    // One more than the workers, so reading and hashing the next file overlaps cleaning.
    concurrency: workerCount + 1,
    onBatchEnd: () => void search.persist(),
    logger,
  });
  const onTextChanged = suggester.enqueue;
  const recleaner = createRecleaner({ context: { dir, db, search, onTextChanged }, pool, emit, logger });
  let closed: Promise<void> | null = null;
  const saved = createSavedSearches(db, (query) => search.count(query), now);
  const entities = createEntityApi({ db, now, logger, search });
  const trash = createTrashApi({ dir, db, search, now, logger, emit, hooks: related.trashHooks });
  const check = startBackgroundCheck({ dir, db, emit, now, logger, settings: options.backgroundCheck });

  const library: Library = {
    dir,
    getLibraryInfo: () =>
      Promise.resolve(
        ok({
          path: dir,
          articleCount: countArticles(db),
          schemaVersion,
          outdatedCount: countOutdated(db, CLEANER_VERSION),
        }),
      ),
    listArticles: ({ sort, order, offset, limit }) =>
      Promise.resolve(
        ok({ items: listSummaries(db, { sort, order }, offset, limit), total: countArticles(db) }),
      ),
    getArticle: ({ id }) => {
      const detail = getDetail(db, id);
      return Promise.resolve(detail === null ? fail('not-found', `No article ${id}`) : ok(detail));
    },
    getOriginal: async ({ id }) => {
      const location = getOriginalLocation(db, id);
      if (location === null) return fail('not-found', `No article ${id}`);
      try {
        const bytes = await readOriginal(dir, location.path);
        return ok({ id, html: decodeHtml(bytes).html });
      } catch (error) {
        return fail('unreadable', `Cannot read the original of article ${id}: ${String(error)}`);
      }
    },
    search: ({ query, limit, offset, sort }) =>
      Promise.resolve(ok(search.search(query, limit, offset, sort))),
    startImport: (request) => Promise.resolve(importer.startImport(request)),
    uploadFiles: (request) => Promise.resolve(importer.uploadFiles(request)),
    // Re-clean batches share the import batch calls, so one progress UI and one Cancel serve both.
    cancelImport: (request) => {
      const reclean = recleaner.cancel(request.batchId);
      return Promise.resolve(reclean === null ? importer.cancelImport(request) : ok(reclean));
    },
    getImportBatch: (request) => {
      const reclean = recleaner.get(request.batchId);
      return Promise.resolve(reclean === null ? importer.getImportBatch(request) : ok(reclean));
    },
    recleanLibrary: ({ scope }) => Promise.resolve(recleaner.start(scope)),
    getCleaningReport: ({ id }) => {
      const report = getCleaningReport(db, id);
      return Promise.resolve(report === null ? fail('not-found', `No article ${id}`) : ok(report));
    },
    setCleaningOptions: async ({ id, disabledRules, keptBlocks }) => {
      const detail = await recleanArticle({ dir, db, search, onTextChanged }, id, {
        disabledRules,
        keptBlocks,
      });
      if (detail.ok) emit({ type: 'library-changed' });
      return detail;
    },
    getArticleRelations: ({ id }) => {
      const relations = getArticleRelations(db, id);
      return Promise.resolve(relations === null ? fail('not-found', `No article ${id}`) : ok(relations));
    },
    exportArticle: ({ id, format }) => {
      const detail = getDetail(db, id);
      return Promise.resolve(
        detail === null ? fail('not-found', `No article ${id}`) : ok(exportArticle(detail, format)),
      );
    },
    findMatches: ({ id, query }) => Promise.resolve(findMatches(db, search.index, id, query)),
    listSavedSearches: () => Promise.resolve(saved.list()),
    saveSearch: (request) => Promise.resolve(saved.save(request)),
    renameSavedSearch: (request) => Promise.resolve(saved.rename(request)),
    deleteSavedSearch: (request) => Promise.resolve(saved.remove(request)),
    ...entities,
    ...createLinkApi({ db, now, emit }),
    suggestLibraryEntities: () => Promise.resolve(ok({ queued: suggester.suggestAll() })),
    ...related.api,
    ...trash,
    ...createThreadApi({ db, now, emit }),
    getLibraryHealth: () => Promise.resolve(ok(check.health())),
    searchIndex: { ready: search.ready, state: search.state },
    readAsset: (sha256) => readStoredAsset(dir, db, sha256),
    onEvent: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close: () =>
      (closed ??= (async () => {
        // Before any wait: a window quitting may not wait for the rest (features waiting are written).
        related.close();
        await check.close();
        recount.close();
        htmlMove.close();
        const drained = Promise.all([importer.close(), recleaner.close(), suggester.close()]);
        await pool.close();
        await drained;
        await search.close();
        db.close();
        listeners.clear();
        await lock.value();
      })()),
  };
  return ok(library);
}
