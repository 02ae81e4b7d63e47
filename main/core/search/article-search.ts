import type { DatabaseSync } from 'node:sqlite';
import type { SearchIndexState, SearchResults, SearchSort } from '../../shared/types.ts';
import type { Logger } from '../logger.ts';
import { indexableArticles, type IndexableArticle } from '../store/article-repository.ts';
import { indexed, loadCachedIndex } from './load-cached-index.ts';
import { createIndexSaver } from './index-saver.ts';
import { startIndexRebuild, type IndexRebuild, type RebuildOptions } from './index-rebuild.ts';
import { awaitPairFilters, pairsApart, type PairWorkerSettings } from './pairs-apart.ts';
import { unanswered } from './unanswered-search.ts';
import { createQueryAnswerer } from './answer-query.ts';
import { SearchIndex, type SearchIndexOptions } from './search-index.ts';
import { pageOfHits } from './page-of-hits.ts';
import { RowStore } from './query/row-store.ts';
import { ScoreBoard } from './query/score-board.ts';
import { ResumeCache } from './query/resume-cache.ts';
import type { RankedCandidates } from './query/rank-candidates.ts';
import { FieldCache } from './query/field-cache.ts';
import { prepareAhead, warmUpArticles, warmUpAtOpen, warmUpOtherPaths } from './warm-up-queries.ts';
import { PhraseResults } from './query/phrase-results.ts';
import { PrefixCache } from './query/prefix-cache.ts';

/** Full-text search over a library: the index in memory, persisted as a cache in `<dir>/index/`. */
export interface ArticleSearch {
  /** Adds a newly imported article. */
  readonly add: (article: IndexableArticle) => void;
  /** Re-indexes an article whose cleaned text changed. */
  readonly update: (article: IndexableArticle) => void;
  /** Drops an article from the index; call it before its row is deleted (its text names the terms to forget). */
  readonly remove: (id: number) => void;
  /** Answers a search box value with hits `offset..offset+limit`; an empty query has no hits. */
  readonly search: (
    query: string,
    limit: number,
    offset?: number,
    sort?: SearchSort,
    /** `complete`: verify phrases without a time budget (batch work that must see every hit). */
    mode?: 'interactive' | 'complete',
  ) => SearchResults;
  /** The exact number of hits of a query (every phrase verified), for saved searches' counts; null until the index is ready. */
  readonly count: (query: string) => number | null;
  /** Saves the index in the background (coalesced); resolves when the save that covers now is done. */
  readonly persist: () => Promise<void>;
  /** Stops a rebuild (nothing half-built is saved) and waits for pending saves. */
  readonly close: () => Promise<void>;
  /** The underlying index (for diagnostics and tests). */
  readonly index: SearchIndex;
  /** Settles when the work done ahead at idle after opening (filter rows, typo suggester) is over. */
  readonly prepared: Promise<void>;
  /** Settles when a rebuild of the index ended (done, stopped by `close`, or failed); at once for a loaded index. */
  readonly ready: Promise<void>;
  /** Settles when the index is whole: `ready`, and its pair filters in (loaded, or made on a worker). */
  readonly complete: Promise<void>;
  /** Whether search can answer now, or how far the rebuild of its index got. */
  readonly state: () => SearchIndexState;
}

/** How long one search call may spend on phrase checks before answering with what it has. */
const verifyBudgetMs = 8;
/** Up to this many articles, the open waits for a rebuild (slices still let events in meanwhile). */
const rebuiltAtOpen = 250;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Whether the index was read from the cache or is rebuilt from the database (see `state`). */
export type IndexSource = 'loaded' | 'rebuilt';

/** Opens the search of a library: its cached index, or a rebuild from the database in slices between events. */
export async function openArticleSearch(options: {
  readonly dir: string;
  readonly db: DatabaseSync;
  readonly logger: Logger;
  /** FlexSearch options other than the chosen defaults (the benchmark compares them). */
  readonly indexOptions?: SearchIndexOptions;
  /** How long one interactive search may spend on phrase checks (default 8 ms; tests use 0). */
  readonly verifyBudgetMs?: number;
  /** Told how a rebuild goes (progress, ready, failed), to pass on to the UI. */
  readonly onStateChange?: (state: SearchIndexState) => void;
  /**
   * Slicing of a rebuild (tests use pages of one article to see it in flight), and up to how many
   * articles the open waits for it (default `rebuiltAtOpen`).
   */
  readonly rebuild?: Pick<RebuildOptions, 'pageSize' | 'sliceMs' | 'progressMs'> & {
    readonly waitUpTo?: number;
  };
  /** How a rebuild makes the pair filters on a worker (see `pairsApart`). */
  readonly pairWorker?: PairWorkerSettings;
}): Promise<{ search: ArticleSearch; source: IndexSource }> {
  const { dir, db, logger } = options;
  const cached = await loadCachedIndex(dir, db, logger, options.indexOptions ?? {});
  const index = cached?.index ?? new SearchIndex(options.indexOptions ?? {});
  const saver = createIndexSaver({
    dir,
    index,
    logger,
    lastId: cached?.lastId ?? 0,
    saved: cached !== null && index.addedCount === 0,
  });
  let failure: string | null = null;
  const tell = (): void => options.onStateChange?.(state());
  const apart = cached === null ? pairsApart(db, options.indexOptions, options.pairWorker) : null;
  const startRebuild = (): IndexRebuild => {
    try {
      return startIndexRebuild({
        db,
        add: (article) => {
          index.add(indexed(article), apart === null);
          saver.changed(article.id);
        },
        finish: (pause) => index.finishBuild(pause),
        onProgress: tell,
        ...options.rebuild,
      });
    } catch (error) {
      // The open fails (its first slice could not read the library): the worker must not read on.
      apart?.stop();
      throw error;
    }
  };
  let rebuild: IndexRebuild | null = cached === null ? startRebuild() : null;
  const filters = awaitPairFilters({
    saved: cached?.pairsArrived ?? null,
    apart,
    rebuild,
    db,
    index,
    logger,
    onRepaired: () => {
      saver.changed();
      void saver.persist();
    },
  });
  const state = (): SearchIndexState => {
    if (rebuild !== null) return { kind: 'rebuilding', progress: rebuild.progress() };
    return failure === null ? { kind: 'ready' } : { kind: 'failed', message: failure };
  };
  const ready: Promise<void> =
    rebuild === null
      ? Promise.resolve()
      : rebuild.finished.then(
          (outcome) => {
            if (outcome === 'cancelled') return;
            rebuild = null;
            logger.info('Search index rebuilt', { articles: index.size });
            tell();
            // Saved now (once the pair filters are in), so the next open does not redo the work.
            void persist();
            if (db.isOpen && index.size >= warmUpArticles) warmUpAtOpen(search, index);
          },
          (error: unknown) => {
            rebuild = null;
            failure = `the search index could not be rebuilt from the library database (${String(error)})`;
            logger.error('Could not rebuild the search index', { error: String(error) });
            tell();
          },
        );
  const budgetMs = options.verifyBudgetMs ?? verifyBudgetMs;
  const rows = new RowStore(db);
  const texts = new FieldCache();
  const phrases = new PhraseResults();
  const prefixes = new PrefixCache();
  const board = new ScoreBoard();
  const resume = new ResumeCache<RankedCandidates>(board);
  const answerQuery = createQueryAnswerer({
    index,
    db,
    rows,
    board,
    texts,
    phrases,
    prefixes,
    resume,
  });
  const warmed = ready.then(() =>
    prepareAhead({
      usable: () => db.isOpen && state().kind === 'ready',
      steps: [() => rows.warm(), () => answerQuery.warm(nextTurn)],
      then: () => {
        if (db.isOpen && index.size >= warmUpArticles) warmUpOtherPaths(search, index);
      },
      logger,
    }),
  );
  // Ready for the figures a benchmark takes: rows warm and the pair filters in.
  const complete = Promise.all([ready, filters.done]).then(() => undefined);
  const prepared = Promise.all([warmed, complete]).then(() => undefined);
  const search = (
    query: string,
    limit: number,
    offset = 0,
    sort: SearchSort = 'relevance',
    mode: 'interactive' | 'complete' = 'interactive',
  ): SearchResults => {
    const now = state();
    if (now.kind !== 'ready') return unanswered(query, now);
    const deadline = mode === 'complete' ? undefined : performance.now() + budgetMs;
    return pageOfHits(db, texts, query, answerQuery(query, sort, offset + limit, deadline), limit, offset);
  };

  const count = (query: string): number | null =>
    state().kind === 'ready' ? answerQuery(query).total : null;

  /**
   * Whether a change to this article goes into the index now. While rebuilding, an article past the
   * rebuild's cursor is left to it: it reads the row as it is when it gets there.
   */
  const inIndex = (id: number): boolean => rebuild === null || id <= rebuild.cursor();

  // Answers kept between queries may name any article's text or terms: gone with every change.
  const indexChanged = (articleId?: number): void => {
    phrases.clear();
    prefixes.clear();
    resume.clear();
    saver.changed(articleId);
  };

  const add = (article: IndexableArticle): void => {
    rows.refresh(article.id);
    if (!inIndex(article.id)) {
      rebuild?.adjustTotal(1);
      index.pairsChanged(article.id);
      return;
    }
    index.add(indexed(article));
    indexChanged(article.id);
  };

  const update = (article: IndexableArticle): void => {
    rows.refresh(article.id);
    texts.forget(article.id);
    if (!inIndex(article.id)) {
      index.pairsChanged(article.id);
      return;
    }
    index.update(indexed(article));
    indexChanged();
  };

  const remove = (id: number): void => {
    rows.forget(id);
    texts.forget(id);
    if (!inIndex(id)) {
      rebuild?.adjustTotal(-1);
      index.pairsChanged(id);
      return;
    }
    // The article's own text says which vocabulary counts to decrement.
    for (const article of indexableArticles(db, id - 1)) {
      if (article.id === id) {
        index.remove(indexed(article));
        indexChanged();
      }
      break;
    }
  };

  // Saves wait for a rebuild: a half-built index must never replace the cache.
  const persist = async (): Promise<void> => {
    await ready;
    await filters.done;
    if (state().kind === 'ready' && filters.whole()) await saver.persist();
  };
  const close = async (): Promise<void> => {
    rebuild?.cancel();
    filters.cancel();
    // Filters still being made: a half-made index is not saved (the next open rebuilds, as after a
    // rebuild stopped half-way).
    if (!filters.whole()) apart?.stop();
    await persist();
  };

  // A caught-up index is saved now, so the next open does not redo the work.
  if (cached !== null) {
    void saver.persist();
    if (index.size >= warmUpArticles) warmUpAtOpen(search, index);
  }
  // A small library opens ready, however busy the machine: a rebuild of a few hundred articles is a
  // fraction of a second, less than the "Rebuilding…" notice would be on screen.
  const progress = rebuild?.progress() ?? { done: 0, total: 0 };
  if (progress.done === progress.total || progress.total <= (options.rebuild?.waitUpTo ?? rebuiltAtOpen))
    await ready;
  const source: IndexSource = cached === null ? 'rebuilt' : 'loaded';
  return {
    search: { add, update, remove, search, count, persist, close, index, prepared, ready, complete, state },
    source,
  };
}
