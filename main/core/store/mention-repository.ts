import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId, EntityId, MentionId } from '../../shared/ids.ts';
import type { MentionAuthor } from '../../shared/entity-types.ts';

// Rows of entity_mentions: offsets into articles.text plus the words around each mention, so a
// re-clean can find it again.

/** What a stored mention and a mention to store both carry: where it is and who made it. */
export interface MentionFields {
  readonly articleId: ArticleId;
  readonly entityId: EntityId;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly madeBy: MentionAuthor;
}

/** One stored mention, as the entity modules use it. */
export interface MentionRow extends MentionFields {
  readonly id: MentionId;
  readonly unplaced: boolean;
}

/** A mention to store. */
export interface NewMention extends MentionFields {
  readonly createdAt: string;
}

/** An entity_mentions row as SQLite returns it. */
export interface RawMention {
  id: number;
  article_id: number;
  entity_id: number;
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  made_by: MentionAuthor;
  unplaced: number;
}

const columns = 'id, article_id, entity_id, start, end, text, prefix, suffix, made_by, unplaced';

function toRow(raw: RawMention): MentionRow {
  return {
    id: raw.id as MentionId,
    articleId: raw.article_id as ArticleId,
    entityId: raw.entity_id as EntityId,
    start: raw.start,
    end: raw.end,
    text: raw.text,
    prefix: raw.prefix,
    suffix: raw.suffix,
    madeBy: raw.made_by,
    unplaced: raw.unplaced !== 0,
  };
}

/** Stores a mention; false when the same entity is already linked at the same offsets. */
export function insertMention(db: DatabaseSync, mention: NewMention): boolean {
  const result = db
    .prepare(
      `INSERT OR IGNORE INTO entity_mentions
       (article_id, entity_id, origin_entity_id, start, end, text, prefix, suffix, made_by, unplaced, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
    )
    .run(
      mention.articleId,
      mention.entityId,
      mention.entityId,
      mention.start,
      mention.end,
      mention.text,
      mention.prefix,
      mention.suffix,
      mention.madeBy,
      mention.createdAt,
    );
  return Number(result.changes) > 0;
}

/** An article's mentions in text order. */
export function mentionsOfArticle(db: DatabaseSync, articleId: number): MentionRow[] {
  const rows = db
    .prepare(`SELECT ${columns} FROM entity_mentions WHERE article_id = ? ORDER BY start, end, id`)
    .all(articleId) as unknown as RawMention[];
  return rows.map(toRow);
}

/** One mention, or null when there is none with that id. */
export function getMention(db: DatabaseSync, id: number): MentionRow | null {
  const raw = db.prepare(`SELECT ${columns} FROM entity_mentions WHERE id = ?`).get(id) as
    RawMention | undefined;
  return raw === undefined ? null : toRow(raw);
}

/** Deletes one mention. */
export function deleteMention(db: DatabaseSync, id: number): void {
  db.prepare('DELETE FROM entity_mentions WHERE id = ?').run(id);
}

/** Moves a mention to new offsets (context refreshed), or flags it as unplaced where it was. */
export function placeMention(
  db: DatabaseSync,
  id: number,
  placement: { start: number; end: number; prefix: string; suffix: string } | null,
): void {
  if (placement === null) {
    db.prepare('UPDATE entity_mentions SET unplaced = 1 WHERE id = ?').run(id);
    return;
  }
  db.prepare(
    'UPDATE OR IGNORE entity_mentions SET start = ?, end = ?, prefix = ?, suffix = ?, unplaced = 0 WHERE id = ?',
  ).run(placement.start, placement.end, placement.prefix, placement.suffix, id);
}

/** The live entity an entity id stands for: itself, or the entity it was merged into (followed). */
export function liveEntityId(db: DatabaseSync, id: number): EntityId | null {
  const next = db.prepare('SELECT merged_into FROM entities WHERE id = ?');
  let current = id;
  // A merge chain is short; the bound only guards against a cycle written by a bug.
  for (let hop = 0; hop < 32; hop++) {
    const row = next.get(current) as { merged_into: number | null } | undefined;
    if (row === undefined) return null;
    if (row.merged_into === null) return current as EntityId;
    current = row.merged_into;
  }
  return null;
}
