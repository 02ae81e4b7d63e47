import type { DatabaseSync } from 'node:sqlite';
import { toArticleId } from '../../shared/ids.ts';
import type { ArticleLink, LinkMaker } from '../../shared/link-types.ts';

interface LinkRow {
  readonly id: number;
  readonly source_id: number;
  readonly target_id: number;
  readonly type: string;
  readonly note: string | null;
  readonly made_by: string;
  readonly created_at: string;
  readonly updated_at: string;
}

const columns = 'id, source_id, target_id, type, note, made_by, created_at, updated_at';

function toLink(row: LinkRow): ArticleLink {
  return {
    id: row.id,
    sourceId: toArticleId(row.source_id),
    targetId: toArticleId(row.target_id),
    type: row.type,
    note: row.note,
    // The CHECK constraint admits only these two.
    madeBy: row.made_by as LinkMaker,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A link to insert; `id` is kept when given (restoring a removed link). */
export interface NewLink {
  readonly id?: number | undefined;
  readonly sourceId: number;
  readonly targetId: number;
  readonly type: string;
  readonly note: string | null;
  readonly madeBy: LinkMaker;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Stores a link and returns it with its id (the caller has checked both articles and uniqueness). */
export function insertLink(db: DatabaseSync, link: NewLink): ArticleLink {
  const row = db
    .prepare(
      `INSERT INTO article_links (id, source_id, target_id, type, note, made_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${columns}`,
    )
    .get(
      link.id ?? null,
      link.sourceId,
      link.targetId,
      link.type,
      link.note,
      link.madeBy,
      link.createdAt,
      link.updatedAt,
    ) as unknown as LinkRow;
  return toLink(row);
}

/** One link by id, or null. */
export function getLink(db: DatabaseSync, id: number): ArticleLink | null {
  const row = db.prepare(`SELECT ${columns} FROM article_links WHERE id = ?`).get(id) as LinkRow | undefined;
  return row === undefined ? null : toLink(row);
}

/** The link of that type from source to target, or null. */
export function findLink(
  db: DatabaseSync,
  sourceId: number,
  targetId: number,
  type: string,
): ArticleLink | null {
  const row = db
    .prepare(`SELECT ${columns} FROM article_links WHERE source_id = ? AND target_id = ? AND type = ?`)
    .get(sourceId, targetId, type) as LinkRow | undefined;
  return row === undefined ? null : toLink(row);
}

/** Changes a link's type and note, stamping updated_at; returns the link as it now is. */
export function updateLink(
  db: DatabaseSync,
  id: number,
  change: { readonly type: string; readonly note: string | null; readonly updatedAt: string },
): ArticleLink | null {
  const row = db
    .prepare(`UPDATE article_links SET type = ?, note = ?, updated_at = ? WHERE id = ? RETURNING ${columns}`)
    .get(change.type, change.note, change.updatedAt, id) as LinkRow | undefined;
  return row === undefined ? null : toLink(row);
}

/** Deletes a link; returns it as it was, or null when there was none. */
export function deleteLink(db: DatabaseSync, id: number): ArticleLink | null {
  const row = db.prepare(`DELETE FROM article_links WHERE id = ? RETURNING ${columns}`).get(id) as
    LinkRow | undefined;
  return row === undefined ? null : toLink(row);
}

/** An article's links: those it makes and those made to it, newest first. */
export function linksOfArticle(
  db: DatabaseSync,
  articleId: number,
): { readonly outgoing: ArticleLink[]; readonly incoming: ArticleLink[] } {
  const side = (column: 'source_id' | 'target_id'): ArticleLink[] =>
    (
      db
        .prepare(`SELECT ${columns} FROM article_links WHERE ${column} = ? ORDER BY created_at DESC, id DESC`)
        .all(articleId) as unknown as LinkRow[]
    ).map(toLink);
  return { outgoing: side('source_id'), incoming: side('target_id') };
}

/** Every link in the library, oldest first (for export). */
export function allLinks(db: DatabaseSync): ArticleLink[] {
  return (
    db.prepare(`SELECT ${columns} FROM article_links ORDER BY created_at, id`).all() as unknown as LinkRow[]
  ).map(toLink);
}

/** The distinct link types in use, alphabetical. */
export function linkTypesInUse(db: DatabaseSync): string[] {
  const rows = db.prepare('SELECT DISTINCT type FROM article_links ORDER BY type').all() as unknown as {
    type: string;
  }[];
  return rows.map((row) => row.type);
}

/** Whether an article row exists. */
export function articleExists(db: DatabaseSync, id: number): boolean {
  return db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
}

/** Every article with a link to or from another (what `has:links` keeps). */
export function linkedArticleIds(db: DatabaseSync): Set<number> {
  const rows = db
    .prepare('SELECT source_id AS id FROM article_links UNION SELECT target_id FROM article_links')
    .all() as unknown as { id: number }[];
  return new Set(rows.map((row) => row.id));
}

/** The articles linked to this one either way by a link of one of `types`. */
export function linkedByTypes(db: DatabaseSync, id: number, types: readonly string[]): number[] {
  if (types.length === 0) return [];
  const marks = types.map(() => '?').join(', ');
  const rows = db
    .prepare(
      `SELECT target_id AS other FROM article_links WHERE source_id = ? AND type IN (${marks})
       UNION SELECT source_id FROM article_links WHERE target_id = ? AND type IN (${marks})`,
    )
    .all(id, ...types, id, ...types) as unknown as { other: number }[];
  return rows.map((row) => row.other);
}
