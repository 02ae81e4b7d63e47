import type { DatabaseSync } from 'node:sqlite';
import { toMentionId } from '../../shared/ids.ts';
import type { RawMention } from '../store/mention-repository.ts';
import type { MentionSpan } from './concordance.ts';

/** A confirmed mention with what pages and exports show of its article. */
export interface DatedMention extends MentionSpan {
  readonly articleId: number;
  readonly entityId: number;
  /** Published date, else the capture date of the saved page; null when neither is known. */
  readonly date: string | null;
}

type Row = Pick<RawMention, 'id' | 'article_id' | 'entity_id' | 'start' | 'end' | 'text' | 'unplaced'> & {
  date: string | null;
};

// Undated articles sort last; within an article mentions follow the text.
const select = `SELECT m.id, m.article_id, m.entity_id, m.start, m.end, m.text, m.unplaced,
    coalesce(nullif(a.published_time, ''), p.captured_at) AS date
  FROM entity_mentions m JOIN articles a ON a.id = m.article_id
  LEFT JOIN provenance p ON p.article_id = a.id`;
const order = 'ORDER BY date IS NULL, date DESC, m.article_id DESC, m.start, m.id';

function toMention(row: Row): DatedMention {
  return {
    id: toMentionId(row.id),
    articleId: row.article_id,
    entityId: row.entity_id,
    start: row.start,
    end: row.end,
    text: row.text,
    unplaced: row.unplaced === 1,
    date: row.date,
  };
}

/** An entity's mentions, newest article first. */
export function mentionsOfEntity(db: DatabaseSync, entityId: number): DatedMention[] {
  const rows = db.prepare(`${select} WHERE m.entity_id = ? ${order}`).all(entityId) as unknown as Row[];
  return rows.map(toMention);
}

/** Every mention of the library, newest article first (for exports). */
export function allMentions(db: DatabaseSync): DatedMention[] {
  const rows = db.prepare(`${select} ${order}`).all() as unknown as Row[];
  return rows.map(toMention);
}

/** The month (YYYY-MM) of an ISO date, or null when the date is not ISO-shaped. */
export function monthOf(date: string | null): string | null {
  const month = date?.slice(0, 7) ?? '';
  return /^\d{4}-\d{2}$/u.test(month) ? month : null;
}
