// A library database in a test folder, and plain-text articles stored straight into it (no cleaning,
// no original file on disk), for tests of what reads the articles table.
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { CLEANER_VERSION } from '../../../main/core/clean/cleaned-page.ts';
import { insertArticle } from '../../../main/core/store/article-repository.ts';
import { openDatabase } from '../../../main/core/store/database.ts';
import type { ArticleId } from '../../../main/shared/ids.ts';

/** Opens (creating and migrating) `library.sqlite` in `dir`, failing the test when it cannot. */
export function openTestDatabase(dir: string): DatabaseSync {
  const opened = openDatabase(join(dir, 'library.sqlite'));
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value.db;
}

/** What a plain article varies by; the rest is fixed. */
export interface PlainArticle {
  readonly text: string;
  readonly title: string;
  readonly wordCount: number;
  /** When its original was added (the stored text, as given). */
  readonly addedAt: string;
  readonly publishedTime?: string;
  readonly url?: string;
  readonly lang?: string;
}

/** Stores article number `n` with the given text, under a made-up original `originals/<n>`, and returns its id. */
export function insertPlainArticle(db: DatabaseSync, n: number, article: PlainArticle): ArticleId {
  return insertArticle(
    db,
    {
      status: 'ok',
      title: article.title,
      byline: null,
      siteName: null,
      publishedTime: article.publishedTime ?? null,
      url: article.url ?? null,
      lang: article.lang ?? 'en',
      excerpt: null,
      wordCount: article.wordCount,
      html: '',
      text: article.text,
      capturedAt: null,
      charset: 'utf-8',
      removed: [],
      cleanerVersion: CLEANER_VERSION,
    },
    {
      sha256: `sha-${n}`,
      size: 1,
      storedPath: `originals/${n}`,
      fileName: `${n}.html`,
      filePath: `/${n}.html`,
      modifiedAt: null,
      addedAt: article.addedAt,
    },
  );
}
