import type { DatabaseSync } from 'node:sqlite';
import { prepared } from '../../store/prepared-statements.ts';

/** What phrase verification reads of one article: its searched fields, text in full. */
export function phraseFields(db: DatabaseSync, id: number): string[] | null {
  const row = prepared(db, 'SELECT title, byline, site_name, text FROM articles WHERE id = ?').get(id) as
    { title: string; byline: string | null; site_name: string | null; text: string } | undefined;
  return row === undefined ? null : [row.title, row.byline ?? '', row.site_name ?? '', row.text];
}

/** The first `chars` characters of each article's text (snippets never look further), in one query. */
export function textHeads(db: DatabaseSync, ids: readonly number[], chars: number): Map<number, string> {
  const rows = prepared(
    db,
    'SELECT id, substr(text, 1, ?) AS head FROM articles WHERE id IN (SELECT value FROM json_each(?))',
  ).all(chars, JSON.stringify(ids)) as unknown as { id: number; head: string }[];
  return new Map(rows.map((row) => [row.id, row.head]));
}
