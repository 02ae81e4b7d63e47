// A fresh library database with plain-text articles, and the article-level entity API over it.
import type { DatabaseSync } from 'node:sqlite';
import {
  createArticleEntityApi,
  type ArticleEntityApi,
  type ArticleEntityContext,
} from '../../../../main/core/entities/api/article-entities.ts';
import type { ArticleId } from '../../../../main/shared/ids.ts';
import type { SearchResults } from '../../../../main/shared/types.ts';
import { insertPlainArticle, openTestDatabase } from '../../support/plain-article-db.ts';
import { tempDir } from '../import/library-test-kit.ts';

/** A test database, its articles' ids and the API over it. */
export interface EntityTestDb {
  readonly db: DatabaseSync;
  readonly ids: ArticleId[];
  /** The first article (every test has one). */
  readonly first: ArticleId;
  /** The second article; the first when there is only one. */
  readonly second: ArticleId;
  readonly api: ArticleEntityApi;
}

/** Stores one plain-text article and returns its id. */
export function addArticle(db: DatabaseSync, text: string, n: number): ArticleId {
  const wordCount = text.split(' ').length;
  return insertPlainArticle(db, n, {
    text,
    title: `Article ${n}`,
    wordCount,
    addedAt: '2026-01-01T00:00:00.000Z',
  });
}

/** A search that names every article as a candidate (the API verifies candidates in their text). */
function everyArticle(db: DatabaseSync): ArticleEntityContext['search'] {
  return {
    search: (query) => {
      const rows = db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[];
      const hits = rows.map((row) => ({ article: { id: row.id }, score: 1, snippets: [] }));
      return { query, hits, total: hits.length, problems: [] } as unknown as SearchResults;
    },
    state: () => ({ kind: 'ready' }),
  };
}

/** Opens a fresh database holding `texts` as articles 1..n. */
export async function entityTestDb(texts: readonly string[]): Promise<EntityTestDb> {
  const db = openTestDatabase(await tempDir());
  const ids = texts.map((text, n) => addArticle(db, text, n + 1));
  const now = () => new Date('2026-02-03T04:05:06.000Z');
  // An empty database still gets ids: tests of registry rows need no article.
  const first = ids[0] ?? (0 as ArticleId);
  const second = ids[1] ?? first;
  return { db, ids, first, second, api: createArticleEntityApi({ db, now, search: everyArticle(db) }) };
}

/** Unwraps a Result in a test, failing with its error. */
export function value<T>(
  result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } },
): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Fails the test when a value is missing. */
export function defined<T>(item: T | undefined | null): T {
  if (item === undefined || item === null) throw new Error('Expected a value');
  return item;
}
