import type { DatabaseSync } from 'node:sqlite';
import type { SearchHit, SearchResults, SearchSort } from '../../shared/types.ts';
import type { Logger } from '../logger.ts';
import {
  countArticles,
  indexableArticles,
  summariesByIds,
  type IndexableArticle,
} from '../store/article-repository.ts';
import { loadIndex, saveIndex } from './index-persistence.ts';
import { createQueryAnswerer } from './answer-query.ts';
import { IndexChangedDuringSave } from './index-snapshot.ts';
import { SearchIndex, type SearchIndexOptions } from './search-index.ts';
import { makeSnippets } from './snippet.ts';
import { snippetTexts } from './snippet-texts.ts';
import { RowStore } from './query/row-store.ts';
import { ScoreBoard } from './query/score-board.ts';
import { FieldCache } from './query/field-cache.ts';
import { warmUpArticles, warmUpAtOpen, warmUpOtherPaths } from './warm-up-queries.ts';
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
  /** The exact number of hits of a query (every phrase verified), for saved searches' counts. */
  readonly count: (query: string) => number;
  /** Saves the index in the background (coalesced); resolves when the save that covers now is done. */
  readonly persist: () => Promise<void>;
  /** Waits for pending saves. */
  readonly close: () => Promise<void>;
  /** The underlying index (for diagnostics and tests). */
  readonly index: SearchIndex;
  /** Settles when the work done ahead at idle after opening (filter rows, typo suggester) is over. */
  readonly prepared: Promise<void>;
}

/** How long one search call may spend on phrase checks before answering with what it has. */
const verifyBudgetMs = 8;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** How long after opening the filter rows start being read into memory (in slices, between events). */
const rowWarmDelayMs = 250;

/** How many times a save spoilt by concurrent changes is redone before waiting for the next one. */
const maxSaveAttempts = 3;

/** Whether the index was read from the cache or rebuilt from the database. */
export type IndexSource = 'loaded' | 'rebuilt';

function indexed(article: IndexableArticle): Parameters<SearchIndex['add']>[0] {
  return {
    id: article.id,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    body: article.text,
  };
}

async function loadOrRebuild(
  dir: string,
  db: DatabaseSync,
  logger: Logger,
  options: SearchIndexOptions,
): Promise<{ index: SearchIndex; lastId: number; source: IndexSource }> {
  const loading = loadIndex(dir, options);
  // Counted while the index files are read off this thread (a cold count is ~0.1 s at 100k).
  const articleCount = countArticles(db);
  const loaded = await loading;
  if (loaded.ok) {
    const { index, manifest } = loaded;
    let lastId = manifest.lastId;
    // Articles committed after the last save (e.g. the app was killed) are caught up here.
    for (const article of indexableArticles(db, manifest.lastId)) {
      index.add(indexed(article));
      lastId = article.id;
    }
    if (index.size === articleCount) return { index, lastId, source: 'loaded' };
    logger.warn('Search index does not match the library; rebuilding it', { indexed: index.size });
  } else {
    logger.info(`Search index ${loaded.reason}; rebuilding it from the library`, { detail: loaded.detail });
  }
  const index = new SearchIndex(options);
  let lastId = 0;
  for (const article of indexableArticles(db)) {
    index.add(indexed(article));
    lastId = article.id;
  }
  logger.info('Search index rebuilt', { articles: index.size });
  return { index, lastId, source: 'rebuilt' };
}

/** Opens the search of a library, loading its cached index or rebuilding it from the database. */
export async function openArticleSearch(options: {
  readonly dir: string;
  readonly db: DatabaseSync;
  readonly logger: Logger;
  /** FlexSearch options other than the chosen defaults (the benchmark compares them). */
  readonly indexOptions?: SearchIndexOptions;
  /** How long one interactive search may spend on phrase checks (default 8 ms; tests use 0). */
  readonly verifyBudgetMs?: number;
}): Promise<{ search: ArticleSearch; source: IndexSource }> {
  const { dir, db, logger } = options;
  const opened = await loadOrRebuild(dir, db, logger, options.indexOptions ?? {});
  const { index, source } = opened;
  let lastId = opened.lastId;
  // Every add or update bumps the revision; a save is needed while the saved one lags behind.
  let revision = 0;
  let savedRevision = source === 'loaded' && index.addedCount === 0 ? 0 : -1;
  let saving: Promise<void> | null = null;

  const persist = async (): Promise<void> => {
    // Serialize saves: wait for the running one, then save again only if something changed.
    while (saving !== null) await saving;
    // A save spoilt by a change made while it packed is redone (a few times, then left to the next save).
    for (let attempt = 0; attempt < maxSaveAttempts && savedRevision !== revision; attempt += 1) {
      const through = lastId;
      const saved = revision;
      const outcome = { spoilt: false };
      saving = saveIndex(dir, index, through).then(
        () => {
          savedRevision = saved;
        },
        (error: unknown) => {
          if (error instanceof IndexChangedDuringSave) {
            outcome.spoilt = true;
            return;
          }
          // A lost save costs a rebuild at next open, not data: log it and go on.
          logger.error('Could not save the search index', { error: String(error) });
        },
      );
      try {
        await saving;
      } finally {
        saving = null;
      }
      if (!outcome.spoilt) return;
    }
  };

  const budgetMs = options.verifyBudgetMs ?? verifyBudgetMs;
  const rows = new RowStore(db);
  const texts = new FieldCache();
  const phrases = new PhraseResults();
  const prefixes = new PrefixCache();
  const answerQuery = createQueryAnswerer({
    index,
    db,
    rows,
    board: new ScoreBoard(),
    texts,
    phrases,
    prefixes,
  });
  // ~1 s of reading and ~0.4 s of building at 100k articles, in slices between events once the
  // library is open, rather than on the first filter or misspelled query.
  const prepared = new Promise<void>((resolve) => {
    setTimeout(() => {
      if (!db.isOpen) {
        resolve();
        return;
      }
      rows
        .warm()
        .then(() => answerQuery.warm(nextTurn))
        .then(() => {
          if (db.isOpen && index.size >= warmUpArticles) warmUpOtherPaths(search, index);
        })
        .catch((error: unknown) => {
          // Only a head start: the first query that needs them does the work itself.
          logger.warn('Could not prepare search ahead', { error: String(error) });
        })
        .finally(resolve);
    }, rowWarmDelayMs).unref();
  });
  const search = (
    query: string,
    limit: number,
    offset = 0,
    sort: SearchSort = 'relevance',
    mode: 'interactive' | 'complete' = 'interactive',
  ): SearchResults => {
    const deadline = mode === 'complete' ? undefined : performance.now() + budgetMs;
    const answer = answerQuery(query, sort, offset + limit, deadline);
    const top = answer.ranked.slice(offset, offset + limit);
    const ids = top.map((r) => r.id);
    const summaries = summariesByIds(db, ids);
    const heads = snippetTexts(db, ids, answer.isMatch, texts);
    const hits: SearchHit[] = [];
    for (const { id, score } of top) {
      const article = summaries.get(id);
      if (article === undefined) continue;
      hits.push({ article, score, snippets: makeSnippets(heads.get(id) ?? '', answer.isMatch) });
    }
    const fuzzy = answer.didYouMean === null ? {} : { didYouMean: answer.didYouMean, fuzzy: true };
    const { total, totalIsEstimate } = answer;
    // Phrase checks stopped for time: the caller asks again (same offset on) for the rest.
    const partial = answer.complete ? {} : { partial: true };
    return { query, hits, total, totalIsEstimate, problems: answer.plan.problems, ...fuzzy, ...partial };
  };

  const count = (query: string): number => answerQuery(query).total;

  // Answers kept between queries may name any article's text or terms: gone with every change.
  const indexChanged = (): void => {
    phrases.clear();
    prefixes.clear();
    revision += 1;
  };

  const add = (article: IndexableArticle): void => {
    index.add(indexed(article));
    rows.refresh(article.id);
    lastId = Math.max(lastId, article.id);
    indexChanged();
  };

  const update = (article: IndexableArticle): void => {
    index.update(indexed(article));
    rows.refresh(article.id);
    texts.forget(article.id);
    indexChanged();
  };

  const remove = (id: number): void => {
    // The article's own text says which vocabulary counts to decrement.
    for (const article of indexableArticles(db, id - 1)) {
      if (article.id === id) {
        index.remove(indexed(article));
        rows.forget(id);
        texts.forget(id);
        indexChanged();
      }
      break;
    }
  };

  // A rebuilt or caught-up index is saved now, so the next open does not redo the work.
  if (savedRevision !== revision) void persist();
  if (index.size >= warmUpArticles) warmUpAtOpen(search, index);
  return { search: { add, update, remove, search, count, persist, close: persist, index, prepared }, source };
}
