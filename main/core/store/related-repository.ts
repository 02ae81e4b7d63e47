import type { DatabaseSync } from 'node:sqlite';
import { prepared } from './prepared-statements.ts';
import type { TermCountsRead } from './document-count-changes.ts';
import { moveKeyCounts } from './related-document-counts.ts';
import { articlesKey } from './related-recount-repository.ts';
import type { TermCountWatch } from './term-count-watch.ts';

// Rows of related_articles, related_features and related_dismissals: the stored features of each
// article and dismissed pairs (how many articles carry each feature: related-document-counts.ts).

// Scoring one article runs a few hundred small queries: each statement is prepared once per database.

/** One stored feature of an article: an entity, term, number or date key. */
export interface FeatureRow {
  readonly key: string;
  /** TF-IDF (at the time it was computed) for terms; 1 for the others. */
  readonly weight: number;
  /** What the UI shows for it (an entity name, a word, a figure as written). */
  readonly label: string | null;
  /** The entity type, for entity keys. */
  readonly type: string | null;
}

// Features are stored as short arrays, read back for every candidate scored.
type Compact = [key: string, weight: number, label?: string | null, type?: string | null];
const compact = (f: FeatureRow): Compact =>
  f.type === null ? [f.key, f.weight, f.label] : [f.key, f.weight, f.label, f.type];
const expand = ([key, weight, label = null, type = null]: Compact): FeatureRow => ({
  key,
  weight,
  label,
  type,
});

/** Everything stored for one article. */
export interface ArticleFeatures {
  readonly signature: string;
  readonly publishedDay: number | null;
  /** Every distinct key of the article (also those not kept as features), for the document counts. */
  readonly allKeys: readonly string[];
  readonly features: readonly FeatureRow[];
  /** The counts its terms were read with (absent: every watched count moved is read back). */
  readonly termCounts?: TermCountsRead;
}

/** The signature of an article's stored features, or null when it has none. */
export function storedSignature(db: DatabaseSync, id: number): string | null {
  const row = prepared(db, 'SELECT signature FROM related_articles WHERE article_id = ?').get(id) as
    { signature: string } | undefined;
  return row?.signature ?? null;
}

/**
 * Replaces an article's features and keeps the document counts right (call inside a transaction).
 * Only what changed is written: a recompute that finds the same keys (a new engine version that
 * leaves this article as it was, or a step of the library that moves no weight) rewrites one row,
 * not the ~64 feature rows on ~60 pages of the key index and the ~280 counts it used to.
 */
export function replaceFeatures(
  db: DatabaseSync,
  id: number,
  next: ArticleFeatures,
  watch: TermCountWatch,
): void {
  const old = prepared(db, 'SELECT all_keys FROM related_articles WHERE article_id = ?').get(id) as
    { all_keys: string } | undefined;
  if (old === undefined)
    moveKeyCounts(db, id, { removed: [], added: [articlesKey, ...next.allKeys] }, watch, next.termCounts);
  else {
    const before = new Set(old.all_keys === '' ? [] : old.all_keys.split('\n'));
    const after = new Set(next.allKeys);
    const removed = [...before].filter((key) => !after.has(key));
    const added = [...after].filter((key) => !before.has(key));
    moveKeyCounts(db, id, { removed, added }, watch, next.termCounts);
  }
  rewriteFeatureRows(db, id, next.features);
  prepared(
    db,
    `INSERT INTO related_articles (article_id, signature, published_day, all_keys, features_json)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature, published_day = excluded.published_day,
       all_keys = excluded.all_keys, features_json = excluded.features_json`,
  ).run(
    id,
    next.signature,
    next.publishedDay,
    next.allKeys.join('\n'),
    JSON.stringify(next.features.map(compact)),
  );
}

/** Deletes, inserts or reweighs only the feature rows of an article that differ from `features`. */
function rewriteFeatureRows(db: DatabaseSync, id: number, features: readonly FeatureRow[]): void {
  const stored = prepared(db, 'SELECT key, weight FROM related_features WHERE article_id = ?').all(id) as {
    key: string;
    weight: number;
  }[];
  const had = new Map(stored.map((row) => [row.key, row.weight]));
  const kept = new Set(features.map((f) => f.key));
  const remove = prepared(db, 'DELETE FROM related_features WHERE article_id = ? AND key = ?');
  for (const key of had.keys()) if (!kept.has(key)) remove.run(id, key);
  const insert = prepared(db, 'INSERT INTO related_features (article_id, key, weight) VALUES (?, ?, ?)');
  const reweigh = prepared(db, 'UPDATE related_features SET weight = ? WHERE article_id = ? AND key = ?');
  for (const f of features) {
    const weight = had.get(f.key);
    if (weight === undefined) insert.run(id, f.key, f.weight);
    else if (weight !== f.weight) reweigh.run(f.weight, id, f.key);
  }
}

/** An article's published day as its features hold it (null when unknown or without features), read alone. */
export function publishedDayOf(db: DatabaseSync, id: number): number | null {
  const row = prepared(db, 'SELECT published_day FROM related_articles WHERE article_id = ?').get(id) as
    { published_day: number | null } | undefined;
  return row?.published_day ?? null;
}

/** The stored features and published day of some articles (one row each, not one per feature). */
export function featuresOf(
  db: DatabaseSync,
  ids: readonly number[],
): Map<number, { features: FeatureRow[]; publishedDay: number | null }> {
  const out = new Map<number, { features: FeatureRow[]; publishedDay: number | null }>();
  const select = prepared(
    db,
    'SELECT features_json, published_day FROM related_articles WHERE article_id = ?',
  );
  for (const id of ids) {
    const row = select.get(id) as { features_json: string; published_day: number | null } | undefined;
    if (row !== undefined)
      out.set(id, {
        features: (JSON.parse(row.features_json) as Compact[]).map(expand),
        publishedDay: row.published_day,
      });
  }
  return out;
}

/** The articles carrying a feature, with its weight there. */
export function postings(db: DatabaseSync, key: string): { article_id: number; weight: number }[] {
  return prepared(db, 'SELECT article_id, weight FROM related_features WHERE key = ?').all(
    key,
  ) as unknown as {
    article_id: number;
    weight: number;
  }[];
}

/** Articles without stored features, or with features whose signature lacks `version`, oldest first. */
export function articlesWithoutFeatures(db: DatabaseSync, limit: number, version = ''): number[] {
  const rows = prepared(
    db,
    `SELECT a.id FROM articles a LEFT JOIN related_articles r ON r.article_id = a.id
       WHERE r.article_id IS NULL OR substr(r.signature, 1, length(:version)) <> :version
       ORDER BY a.id LIMIT :limit`,
  ).all({ version, limit }) as { id: number }[];
  return rows.map((row) => row.id);
}

/**
 * The next `limit` articles after `afterId`, in id order, with the signature of their stored features
 * (null when they have none): the catch-up reads the library in slices of these.
 */
export function signaturesAfter(
  db: DatabaseSync,
  afterId: number,
  limit: number,
): { id: number; signature: string | null }[] {
  return prepared(
    db,
    `SELECT a.id AS id, r.signature AS signature FROM articles a LEFT JOIN related_articles r ON r.article_id = a.id
       WHERE a.id > ? ORDER BY a.id LIMIT ?`,
  ).all(afterId, limit) as unknown as { id: number; signature: string | null }[];
}

/** Whether any article's stored features have a signature ending with `suffix` (scans them all when none has). */
export function anySignatureEndingWith(db: DatabaseSync, suffix: string): boolean {
  return (
    prepared(
      db,
      'SELECT 1 FROM related_articles WHERE substr(signature, -length(:suffix)) = :suffix LIMIT 1',
    ).get({ suffix }) !== undefined
  );
}

/** Records that two articles are not to be suggested for each other (either order). */
export function dismissPair(db: DatabaseSync, a: number, b: number, at: string): void {
  prepared(db, 'INSERT OR IGNORE INTO related_dismissals (low_id, high_id, created_at) VALUES (?, ?, ?)').run(
    Math.min(a, b),
    Math.max(a, b),
    at,
  );
}

/** Forgets that two articles were dismissed for each other (the undo of a dismissal). */
export function undismissPair(db: DatabaseSync, a: number, b: number): void {
  prepared(db, 'DELETE FROM related_dismissals WHERE low_id = ? AND high_id = ?').run(
    Math.min(a, b),
    Math.max(a, b),
  );
}

/** The articles dismissed for this one, the latest dismissed first. */
export function dismissedWith(db: DatabaseSync, id: number): Set<number> {
  const rows = prepared(
    db,
    `SELECT high_id AS other, created_at FROM related_dismissals WHERE low_id = :id
       UNION ALL SELECT low_id, created_at FROM related_dismissals WHERE high_id = :id
       ORDER BY created_at DESC, other`,
  ).all({ id }) as { other: number }[];
  return new Set(rows.map((row) => row.other));
}

/** The articles linked to this one either way (none while the article_links table does not exist). */
export function linkedWith(db: DatabaseSync, id: number): Set<number> {
  const table = prepared(
    db,
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'article_links'",
  ).get();
  if (table === undefined) return new Set();
  const rows = prepared(
    db,
    `SELECT target_id AS other FROM article_links WHERE source_id = :id
       UNION SELECT source_id FROM article_links WHERE target_id = :id`,
  ).all({ id }) as { other: number }[];
  return new Set(rows.map((row) => row.other));
}

/** Other articles with the same normalized URL, and other members of the article's version group. */
export function copiesOf(db: DatabaseSync, id: number): { sameUrl: number[]; versions: number[] } {
  const self = prepared(db, 'SELECT normalized_url, version_group FROM articles WHERE id = ?').get(id) as
    { normalized_url: string | null; version_group: number | null } | undefined;
  const ids = (sql: string, value: string | number | null): number[] =>
    value === null || self === undefined
      ? []
      : (prepared(db, sql).all(value, id) as { id: number }[]).map((row) => row.id);
  return {
    sameUrl: ids(
      'SELECT id FROM articles WHERE normalized_url = ? AND id <> ?',
      self?.normalized_url ?? null,
    ),
    versions: ids('SELECT id FROM articles WHERE version_group = ? AND id <> ?', self?.version_group ?? null),
  };
}
