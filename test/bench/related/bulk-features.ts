// Builds the bulk of a large synthetic library for the related-speed bench without the per-article
// transaction of the real engine: articles and their features are written 1,000 to a transaction,
// and the document counts are kept in memory and written once at the end. Reaching 100k articles
// that way takes minutes instead of most of an hour on a shared machine.
import type { DatabaseSync } from 'node:sqlite';
import { CLEANER_VERSION } from '../../../main/core/clean/cleaned-page.ts';
import { idf, termsPerArticle } from '../../../main/core/related/article-features.ts';
import { featuresVersion, withStep } from '../../../main/core/related/features-signature.ts';
import { refreshStep } from '../../../main/core/related/library-scale.ts';
import { articleTerms } from '../../../main/core/related/article-terms.ts';
import { entityKey } from '../../../main/core/related/entity-key.ts';
import { numbersAndDates } from '../../../main/core/related/numbers-and-dates.ts';
import { featuredArticleCount } from '../../../main/core/store/related-document-counts.ts';

/** One synthetic article as the bench generates it. */
export interface SyntheticArticle {
  readonly title: string;
  readonly text: string;
  readonly publishedTime: string;
  readonly entities: readonly (readonly [name: string, type: string])[];
}

/** The related engine keeps its article count in related_df under this key (checked after writing). */
const articlesKey = '#articles';
const batchSize = 1000;
const maxNumbers = 40;

// The synthetic text is a few thousand distinct words repeated: each is turned into its term once
// (articleTerms of the word alone, which is what articleTerms does to each word of the text).
const termOfWord = new Map<string, readonly [term: string, word: string] | null>();
function termsOf(text: string): Map<string, { count: number; word: string }> {
  const terms = new Map<string, { count: number; word: string }>();
  for (const token of text.split(' ')) {
    let known = termOfWord.get(token);
    if (known === undefined) {
      const [only, extra] = [...articleTerms(token)];
      known = only === undefined || extra !== undefined ? null : [only[0], only[1].word];
      if (extra !== undefined) throw new Error(`"${token}" is more than one word`);
      termOfWord.set(token, known);
    }
    if (known === null) continue;
    const seen = terms.get(known[0]);
    if (seen === undefined) terms.set(known[0], { count: 1, word: known[1] });
    else seen.count += 1;
  }
  return terms;
}

interface Built {
  readonly features: [key: string, weight: number, label: string][];
  readonly allKeys: readonly string[];
}

// The engine's features (article-features.ts) less the gazetteer scan, which finds nothing in the
// synthetic words: entity keys, figures and dates, and the most distinctive terms by TF-IDF.
function featuresOf(article: SyntheticArticle, df: Map<string, number>, articles: number): Built {
  const features: [string, number, string][] = [];
  const seen = new Set<string>();
  for (const [name, type] of article.entities) {
    const key = entityKey(name, type);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    features.push([key, 1, name]);
  }
  for (const [key, surface] of [...numbersAndDates(article.text)].slice(0, maxNumbers)) {
    seen.add(key);
    features.push([key, 1, surface]);
  }
  const allKeys = [...seen];
  const terms = [...termsOf(article.text)].map(([term, { count, word }]) => {
    const key = `t:${term}`;
    allKeys.push(key);
    return { key, word, weight: (1 + Math.log(count)) * idf(df.get(key) ?? 0, articles) };
  });
  terms.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
  for (const term of terms.slice(0, termsPerArticle))
    features.push([term.key, Math.round(term.weight * 1000) / 1000, term.word]);
  return { features, allKeys };
}

/**
 * Stores `count` articles made by `make(n)` with their features; their signatures make the engine
 * recompute them when asked. They are signed with the step of the library's final size, as if it had
 * grown through the engine and recomputed them as it grew (features-catch-up.ts): none is
 * recomputed in the background.
 */
export function buildBulkLibrary(
  db: DatabaseSync,
  count: number,
  make: (n: number) => SyntheticArticle,
  progress: (done: number) => void,
): void {
  const original = db.prepare('INSERT INTO originals (sha256, size, path) VALUES (?, 1, ?)');
  const article = db.prepare(
    `INSERT INTO articles (title, published_time, added_at, lang, word_count, status, html, text, charset,
       cleaner_version, original_sha256) VALUES (?, ?, ?, 'en', 400, 'ok', '', ?, 'utf-8', ?, ?)`,
  );
  const provenance = db.prepare('INSERT INTO provenance (article_id, file_name, file_path) VALUES (?, ?, ?)');
  const suggestion = db.prepare(
    `INSERT INTO entity_suggestions (article_id, name, name_key, type, mentions_json, status)
     VALUES (?, ?, ?, ?, '[]', 'open')`,
  );
  const related = db.prepare(
    `INSERT INTO related_articles (article_id, signature, published_day, all_keys, features_json)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const feature = db.prepare('INSERT INTO related_features (article_id, key, weight) VALUES (?, ?, ?)');
  const df = new Map<string, number>();
  const signature = withStep(`${featuresVersion}bulk`, refreshStep(count));
  // The feature index outgrows SQLite's default page cache within 20k articles, and every insert then waits on the disk.
  db.exec('PRAGMA cache_size = -262144');
  for (let start = 0; start < count; start += batchSize) {
    db.exec('BEGIN');
    for (let n = start; n < Math.min(count, start + batchSize); n += 1) {
      const made = make(n);
      original.run(`synthetic-${n}`, `originals/${n}`);
      const id = Number(
        article.run(
          made.title,
          made.publishedTime,
          made.publishedTime,
          made.text,
          CLEANER_VERSION,
          `synthetic-${n}`,
        ).lastInsertRowid,
      );
      provenance.run(id, `${n}.html`, `/${n}.html`);
      for (const [name, type] of made.entities) suggestion.run(id, name, name.toLowerCase(), type);
      const built = featuresOf(made, df, n + 1);
      const day = Math.floor(Date.parse(made.publishedTime) / 86_400_000);
      related.run(id, signature, day, built.allKeys.join('\n'), JSON.stringify(built.features));
      for (const [key, weight] of built.features) feature.run(id, key, weight);
      for (const key of built.allKeys) df.set(key, (df.get(key) ?? 0) + 1);
    }
    db.exec('COMMIT');
    progress(Math.min(count, start + batchSize));
  }
  db.exec('BEGIN');
  const upsert = db.prepare('INSERT INTO related_df (key, df) VALUES (?, ?)');
  for (const [key, n] of df) upsert.run(key, n);
  upsert.run(articlesKey, count);
  db.exec('COMMIT');
  if (featuredArticleCount(db) !== count)
    throw new Error('The related engine counts its articles elsewhere now');
}
