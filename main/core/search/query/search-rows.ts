import type { DatabaseSync } from 'node:sqlite';
import { prepared } from '../../store/prepared-statements.ts';
import type { KeptField } from './field-cache.ts';

const decoder = new TextDecoder();

/*
 * Texts are read as their UTF-8 bytes (`CAST(… AS BLOB)`: a library's database is UTF-8, so the cast
 * copies the stored bytes) and decoded with TextDecoder (here, or by the field cache): node:sqlite
 * makes a JavaScript string of an 8 kB text at ~55–60 µs, while the bytes take ~20–25 µs and
 * decoding them ~10 more (docs/benchmarks.md). Phrase checks and snippets read tens of texts per query.
 */

/** What phrase verification reads of one article: its searched fields, the text in full as UTF-8 bytes. */
export function phraseFields(db: DatabaseSync, id: number): KeptField[] | null {
  const row = prepared(
    db,
    'SELECT title, byline, site_name, CAST(text AS BLOB) AS text FROM articles WHERE id = ?',
  ).get(id) as
    { title: string; byline: string | null; site_name: string | null; text: Uint8Array | null } | undefined;
  return row === undefined
    ? null
    : [row.title, row.byline ?? '', row.site_name ?? '', row.text ?? new Uint8Array(0)];
}

/** The first `chars` characters of each article's text (snippets never look further), in one query. */
export function textHeads(db: DatabaseSync, ids: readonly number[], chars: number): Map<number, string> {
  const rows = prepared(
    db,
    'SELECT id, CAST(substr(text, 1, ?) AS BLOB) AS head FROM articles WHERE id IN (SELECT value FROM json_each(?))',
  ).all(chars, JSON.stringify(ids)) as unknown as { id: number; head: Uint8Array | null }[];
  return new Map(rows.map((row) => [row.id, row.head === null ? '' : decoder.decode(row.head)]));
}
