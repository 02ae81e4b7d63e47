import type { DatabaseSync } from 'node:sqlite';

// What an article's features are computed from: its headline and text, language, date and entities.

export interface ArticleInput {
  /** The article's title (its headline), also read at the head of `text` (withHeadline). */
  readonly title: string;
  readonly text: string;
  /** The page's language ("zu-ZA"), or null. */
  readonly lang: string | null;
  readonly publishedTime: string | null;
  readonly entities: readonly { name: string; type: string }[];
}

/**
 * The headline is the densest statement of what a story is about (a follow-up's body may never name
 * the ship or the case its headline names), so it is read with the text unless the text opens with it.
 */
export function withHeadline(title: string, text: string): string {
  const headline = title.trim();
  return headline === '' || text.trimStart().startsWith(headline) ? text : `${headline}\n${text}`;
}

export function readInput(db: DatabaseSync, id: number): ArticleInput | null {
  const row = db.prepare('SELECT title, text, lang, published_time FROM articles WHERE id = ?').get(id) as
    { title: string; text: string; lang: string | null; published_time: string | null } | undefined;
  if (row === undefined) return null;
  const entities = db
    .prepare(
      `SELECT e.name AS name, e.type AS type FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.article_id = :id
       UNION ALL SELECT name, type FROM entity_suggestions WHERE article_id = :id AND status <> 'rejected'`,
    )
    .all({ id }) as { name: string; type: string }[];
  return {
    title: row.title,
    text: withHeadline(row.title, row.text),
    lang: row.lang,
    publishedTime: row.published_time,
    entities,
  };
}

/** The day number (days since 1970) of an ISO date, or null when there is none. */
export function dayOf(iso: string | null): number | null {
  const ms = iso === null ? Number.NaN : Date.parse(iso);
  return Number.isFinite(ms) ? Math.floor(ms / 86_400_000) : null;
}
