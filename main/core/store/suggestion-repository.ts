import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId } from '../../shared/ids.ts';
import type { EntityType } from '../../shared/entity-types.ts';
import { entityKey } from './entity-repository.ts';

// Rows of entity_suggestions, entity_suggestion_runs and rejected_names.

/** One suggested mention: offsets into articles.text, end exclusive. */
export interface SuggestedMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A suggestion as stored for an article. */
export interface StoredSuggestion {
  readonly name: string;
  readonly key: string;
  readonly type: EntityType;
  readonly mentions: readonly SuggestedMention[];
}

/** What the suggester proposed for an article. */
export interface NewSuggestion {
  readonly name: string;
  readonly type: EntityType;
  readonly mentions: readonly SuggestedMention[];
}

interface RawSuggestion {
  name: string;
  name_key: string;
  type: string;
  mentions_json: string;
}

/** Whether the name was rejected for good. */
function isRejected(db: DatabaseSync, key: string): boolean {
  return db.prepare('SELECT 1 FROM rejected_names WHERE name_key = ?').get(key) !== undefined;
}

/** Whether an entity with this name (or alias) key is already confirmed in the article. */
function isConfirmedIn(db: DatabaseSync, articleId: number, key: string): boolean {
  const row = db
    .prepare(
      `SELECT 1 FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.article_id = :article AND (e.name_key = :key
         OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND a.alias_key = :key))
       LIMIT 1`,
    )
    .get({ article: articleId, key });
  return row !== undefined;
}

/**
 * Replaces an article's open suggestions with a new run's (call inside a transaction): rejected
 * names, names confirmed in the article and names already accepted or rejected there are skipped.
 */
export function replaceOpenSuggestions(
  db: DatabaseSync,
  articleId: ArticleId,
  suggestions: readonly NewSuggestion[],
  run: { readonly version: number; readonly ranAt: string },
): number {
  db.prepare("DELETE FROM entity_suggestions WHERE article_id = ? AND status = 'open'").run(articleId);
  const insert = db.prepare(
    `INSERT OR IGNORE INTO entity_suggestions (article_id, name, name_key, type, mentions_json, status)
     VALUES (?, ?, ?, ?, ?, 'open')`,
  );
  const decided = db.prepare(
    "SELECT 1 FROM entity_suggestions WHERE article_id = ? AND name_key = ? AND status <> 'open'",
  );
  let stored = 0;
  for (const suggestion of suggestions) {
    const key = entityKey(suggestion.name);
    if (key === '' || isRejected(db, key) || isConfirmedIn(db, articleId, key)) continue;
    if (decided.get(articleId, key) !== undefined) continue;
    const mentions = suggestion.mentions.map(({ start, end, text }) => ({ start, end, text }));
    stored += Number(
      insert.run(articleId, suggestion.name, key, suggestion.type, JSON.stringify(mentions)).changes,
    );
  }
  db.prepare(
    `INSERT INTO entity_suggestion_runs (article_id, suggester_version, ran_at) VALUES (?, ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET suggester_version = excluded.suggester_version, ran_at = excluded.ran_at`,
  ).run(articleId, run.version, run.ranAt);
  return stored;
}

/** An article's open suggestions, by name. */
export function openSuggestions(db: DatabaseSync, articleId: number): StoredSuggestion[] {
  const rows = db
    .prepare(
      `SELECT name, name_key, type, mentions_json FROM entity_suggestions
       WHERE article_id = ? AND status = 'open' ORDER BY name COLLATE NOCASE`,
    )
    .all(articleId) as unknown as RawSuggestion[];
  return rows.map((row) => ({
    name: row.name,
    key: row.name_key,
    type: row.type,
    mentions: JSON.parse(row.mentions_json) as SuggestedMention[],
  }));
}

/** Marks the article's open suggestions of a name (any type) accepted or rejected; how many changed. */
export function decideSuggestion(
  db: DatabaseSync,
  articleId: number,
  key: string,
  status: 'accepted' | 'rejected',
): number {
  const result = db
    .prepare(
      "UPDATE entity_suggestions SET status = ? WHERE article_id = ? AND name_key = ? AND status = 'open'",
    )
    .run(status, articleId, key);
  return Number(result.changes);
}

/** Never suggests this name again; open suggestions of it everywhere are marked rejected. */
export function rejectNameForGood(db: DatabaseSync, name: string, createdAt: string): void {
  const key = entityKey(name);
  db.prepare('INSERT OR IGNORE INTO rejected_names (name_key, name, created_at) VALUES (?, ?, ?)').run(
    key,
    name,
    createdAt,
  );
  db.prepare("UPDATE entity_suggestions SET status = 'rejected' WHERE name_key = ? AND status = 'open'").run(
    key,
  );
}

/** Articles the suggester has not run on with this version, oldest first. */
export function articlesToSuggest(db: DatabaseSync, version: number): ArticleId[] {
  const rows = db
    .prepare(
      `SELECT a.id FROM articles a LEFT JOIN entity_suggestion_runs r ON r.article_id = a.id
       WHERE r.article_id IS NULL OR r.suggester_version <> ? ORDER BY a.id`,
    )
    .all(version) as unknown as { id: number }[];
  return rows.map((row) => row.id as ArticleId);
}
