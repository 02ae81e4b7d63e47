// Stores one synthetic article (synthetic-articles.ts) as an import would leave it: the article row with
// its provenance, and its entity suggestions open. Its features are left to the engine.
import type { DatabaseSync } from 'node:sqlite';
import { CLEANER_VERSION } from '../../../main/core/clean/cleaned-page.ts';
import { insertArticle } from '../../../main/core/store/article-repository.ts';
import { prepared } from '../../../main/core/store/prepared-statements.ts';
import type { ArticleId } from '../../../main/shared/ids.ts';
import type { SyntheticArticle } from './bulk-features.ts';

/** Stores synthetic article number `n` and its entity suggestions; returns its id. */
export function storeSyntheticArticle(db: DatabaseSync, n: number, article: SyntheticArticle): ArticleId {
  const { title, text, publishedTime, entities } = article;
  const id = insertArticle(
    db,
    {
      status: 'ok',
      title,
      byline: null,
      siteName: null,
      publishedTime,
      url: null,
      lang: 'en',
      excerpt: null,
      wordCount: 400,
      html: '',
      text,
      capturedAt: null,
      charset: 'utf-8',
      removed: [],
      cleanerVersion: CLEANER_VERSION,
    },
    {
      sha256: `synthetic-${n}`,
      size: 1,
      storedPath: `originals/${n}`,
      fileName: `${n}.html`,
      filePath: `/${n}.html`,
      modifiedAt: null,
      addedAt: new Date().toISOString(),
    },
  );
  const suggestion = prepared(
    db,
    `INSERT INTO entity_suggestions (article_id, name, name_key, type, mentions_json, status) VALUES (?, ?, ?, ?, '[]', 'open')`,
  );
  for (const [name, type] of entities) suggestion.run(id, name, name.toLowerCase(), type);
  return id;
}
