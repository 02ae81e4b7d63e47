// Registry tests build their libraries row by row: articles with known text, entities, mentions.
import type { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { openDatabase } from '../../../../main/core/store/database.ts';
import { createEntity } from '../../../../main/core/store/entity-repository.ts';
import { tempDir } from '../import/library-test-kit.ts';

/** A migrated, empty library database in a fresh temp folder, closed by the caller or at exit. */
export async function freshDb(): Promise<DatabaseSync> {
  const opened = openDatabase(join(await tempDir(), 'library.sqlite'));
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value.db;
}

let articles = 0;

/** Stores an article with this text (and published date) and returns its id. */
export function addArticle(
  db: DatabaseSync,
  page: { title: string; text: string; published?: string | null; captured?: string | null },
): number {
  articles += 1;
  const sha = `${String(articles).padStart(8, '0')}${'a'.repeat(56)}`;
  db.prepare('INSERT INTO originals (sha256, size, path) VALUES (?, 1, ?)').run(sha, `o/${sha}`);
  const result = db
    .prepare(
      `INSERT INTO articles (title, published_time, added_at, word_count, status, html, text, charset,
         cleaner_version, original_sha256) VALUES (?, ?, '2026-01-01T00:00:00.000Z', 1, 'ok', '', ?, 'utf-8', 1, ?)`,
    )
    .run(page.title, page.published ?? null, page.text, sha);
  const id = Number(result.lastInsertRowid);
  db.prepare(
    `INSERT INTO provenance (article_id, file_name, file_path, captured_at) VALUES (?, 'a.html', '/a.html', ?)`,
  ).run(id, page.captured ?? null);
  return id;
}

/** A new entity's id. */
export function addEntity(db: DatabaseSync, name: string, type = 'person'): number {
  return createEntity(db, name, type, new Date('2026-01-01T00:00:00Z'));
}

/** Links every occurrence of `text` in the article to the entity (made by a person); returns how many. */
export function addMentions(db: DatabaseSync, articleId: number, entityId: number, text: string): number {
  const body = (db.prepare('SELECT text FROM articles WHERE id = ?').get(articleId) as { text: string }).text;
  const insert = db.prepare(
    `INSERT INTO entity_mentions (article_id, entity_id, origin_entity_id, start, end, text, prefix, suffix,
       made_by, created_at) VALUES (?, ?, ?, ?, ?, ?, '', '', 'person', '2026-01-01T00:00:00.000Z')`,
  );
  let count = 0;
  for (let at = body.indexOf(text); at !== -1; at = body.indexOf(text, at + text.length)) {
    insert.run(articleId, entityId, entityId, at, at + text.length, text);
    count += 1;
  }
  return count;
}
