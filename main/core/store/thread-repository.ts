import type { DatabaseSync } from 'node:sqlite';
import { toArticleId } from '../../shared/ids.ts';
import { linkTypeInfo } from '../../shared/link-types.ts';
import type { ThreadLink, ThreadName } from '../../shared/thread-types.ts';

// Rows of thread_names, and the link and date reads a thread needs.

interface NameRow {
  readonly id: number;
  readonly name: string;
  readonly anchor_article_id: number;
  readonly created_at: string;
}

interface LinkRow {
  readonly id: number;
  readonly source_id: number;
  readonly target_id: number;
  readonly type: string;
  readonly note: string | null;
}

/** The dates an article can be placed by, as stored. */
export interface ArticleDates {
  readonly id: number;
  readonly title: string;
  readonly siteName: string | null;
  readonly url: string | null;
  readonly publishedTime: string | null;
  readonly capturedAt: string | null;
  readonly addedAt: string;
}

const nameColumns = 'id, name, anchor_article_id, created_at';

function toName(row: NameRow): ThreadName {
  return {
    id: row.id,
    name: row.name,
    anchorId: toArticleId(row.anchor_article_id),
    createdAt: row.created_at,
  };
}

function toLink(row: LinkRow): ThreadLink {
  const { label, incomingLabel } = linkTypeInfo(row.type);
  return {
    label,
    incomingLabel,
    id: row.id,
    sourceId: toArticleId(row.source_id),
    targetId: toArticleId(row.target_id),
    type: row.type,
    note: row.note,
  };
}

/** The links of these types (or of every type, for null) touching an article, either way. */
export function linksTouching(
  db: DatabaseSync,
  articleId: number,
  types: readonly string[] | null,
): ThreadLink[] {
  const only = types === null ? '' : ` AND type IN (${types.map(() => '?').join(', ')})`;
  const typeArgs = types ?? [];
  // Two indexed lookups (source and target) rather than one OR, which SQLite would scan.
  const rows = db
    .prepare(
      `SELECT id, source_id, target_id, type, note FROM article_links WHERE source_id = ?${only}
       UNION SELECT id, source_id, target_id, type, note FROM article_links WHERE target_id = ?${only}`,
    )
    .all(articleId, ...typeArgs, articleId, ...typeArgs) as unknown as LinkRow[];
  return rows.map(toLink);
}

/** Titles, sites and every kind of date of these articles, keyed by id (missing ids are absent). */
export function articleDates(db: DatabaseSync, ids: readonly number[]): Map<number, ArticleDates> {
  const statement = db.prepare(
    `SELECT a.id, a.title, a.site_name, a.url, a.published_time, a.added_at, p.captured_at
     FROM articles a LEFT JOIN provenance p ON p.article_id = a.id WHERE a.id = ?`,
  );
  const found = new Map<number, ArticleDates>();
  for (const id of ids) {
    const row = statement.get(id) as
      | {
          id: number;
          title: string;
          site_name: string | null;
          url: string | null;
          published_time: string | null;
          added_at: string;
          captured_at: string | null;
        }
      | undefined;
    if (row === undefined) continue;
    found.set(id, {
      id: row.id,
      title: row.title,
      siteName: row.site_name,
      url: row.url,
      publishedTime: row.published_time,
      capturedAt: row.captured_at,
      addedAt: row.added_at,
    });
  }
  return found;
}

/** Every thread name, by name (case-insensitive), then id. */
export function listThreadNames(db: DatabaseSync): ThreadName[] {
  const rows = db
    .prepare(`SELECT ${nameColumns} FROM thread_names ORDER BY name COLLATE NOCASE, id`)
    .all() as unknown as NameRow[];
  return rows.map(toName);
}

/** One thread name by id, or null. */
export function getThreadName(db: DatabaseSync, id: number): ThreadName | null {
  const row = db.prepare(`SELECT ${nameColumns} FROM thread_names WHERE id = ?`).get(id) as
    NameRow | undefined;
  return row === undefined ? null : toName(row);
}

/** Whether another thread already uses `name` (exact, as the UNIQUE constraint compares). */
export function threadNameTaken(db: DatabaseSync, name: string, exceptId = 0): boolean {
  return (
    db.prepare('SELECT 1 FROM thread_names WHERE name = ? AND id <> ?').get(name, exceptId) !== undefined
  );
}

/** Stores a thread name and returns it; the caller checks the name first. */
export function insertThreadName(
  db: DatabaseSync,
  name: { readonly name: string; readonly anchorId: number; readonly createdAt: string },
): ThreadName {
  const row = db
    .prepare(
      `INSERT INTO thread_names (name, anchor_article_id, created_at) VALUES (?, ?, ?) RETURNING ${nameColumns}`,
    )
    .get(name.name, name.anchorId, name.createdAt) as unknown as NameRow;
  return toName(row);
}

/** Renames a thread; null when there is no such id. */
export function renameThreadName(db: DatabaseSync, id: number, name: string): ThreadName | null {
  const row = db
    .prepare(`UPDATE thread_names SET name = ? WHERE id = ? RETURNING ${nameColumns}`)
    .get(name, id) as NameRow | undefined;
  return row === undefined ? null : toName(row);
}

/** Deletes a thread name; returns it as it was, or null. */
export function deleteThreadNameRow(db: DatabaseSync, id: number): ThreadName | null {
  const row = db.prepare(`DELETE FROM thread_names WHERE id = ? RETURNING ${nameColumns}`).get(id) as
    NameRow | undefined;
  return row === undefined ? null : toName(row);
}

/** An entity an article mentions, with how often. */
export interface MentionedEntity {
  readonly entityId: number;
  readonly name: string;
  readonly type: string;
  readonly mentions: number;
}

/** The (unmerged) entities an article mentions, most mentioned first. */
export function entitiesOfArticle(db: DatabaseSync, articleId: number): MentionedEntity[] {
  return (
    db
      .prepare(
        `SELECT e.id AS entityId, e.name, e.type, COUNT(*) AS mentions
         FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
         WHERE m.article_id = ? AND e.merged_into IS NULL
         GROUP BY e.id ORDER BY mentions DESC, e.id`,
      )
      .all(articleId) as unknown as MentionedEntity[]
  ).map((row) => ({ ...row }));
}

/** How many articles mention an entity. */
export function entityArticleCount(db: DatabaseSync, entityId: number): number {
  const row = db
    .prepare('SELECT COUNT(DISTINCT article_id) AS n FROM entity_mentions WHERE entity_id = ?')
    .get(entityId) as { n: number } | undefined;
  return row?.n ?? 0;
}

/** Up to `limit` articles mentioning an entity, most mentions first (a hub entity stays cheap). */
export function articlesOfEntity(
  db: DatabaseSync,
  entityId: number,
  limit: number,
): { readonly articleId: number; readonly mentions: number }[] {
  return (
    db
      .prepare(
        `SELECT article_id AS articleId, COUNT(*) AS mentions FROM entity_mentions WHERE entity_id = ?
         GROUP BY article_id ORDER BY mentions DESC, article_id LIMIT ?`,
      )
      .all(entityId, limit) as unknown as { articleId: number; mentions: number }[]
  ).map((row) => ({ ...row }));
}

/** An entity's name and type when it exists unmerged, or null. */
export function entityLabel(db: DatabaseSync, entityId: number): { name: string; type: string } | null {
  const row = db
    .prepare('SELECT name, type FROM entities WHERE id = ? AND merged_into IS NULL')
    .get(entityId) as { name: string; type: string } | undefined;
  return row === undefined ? null : { name: row.name, type: row.type };
}
