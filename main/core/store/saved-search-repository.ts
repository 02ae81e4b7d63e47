import type { DatabaseSync } from 'node:sqlite';

/** A saved_searches row, without its live count. */
export interface SavedSearchRow {
  readonly id: number;
  readonly name: string;
  readonly query: string;
  readonly sort: string | null;
  readonly createdAt: string;
}

interface Row {
  id: number;
  name: string;
  query: string;
  sort: string | null;
  created_at: string;
}

const columns = 'id, name, query, sort, created_at';

function fromRow(row: Row): SavedSearchRow {
  return { id: row.id, name: row.name, query: row.query, sort: row.sort, createdAt: row.created_at };
}

/** Every saved search, by name (case-insensitive), then id. */
export function listSavedSearchRows(db: DatabaseSync): SavedSearchRow[] {
  const rows = db
    .prepare(`SELECT ${columns} FROM saved_searches ORDER BY name COLLATE NOCASE, id`)
    .all() as unknown as Row[];
  return rows.map(fromRow);
}

/** One saved search, or null. */
export function getSavedSearchRow(db: DatabaseSync, id: number): SavedSearchRow | null {
  const row = db.prepare(`SELECT ${columns} FROM saved_searches WHERE id = ?`).get(id) as Row | undefined;
  return row === undefined ? null : fromRow(row);
}

/** Whether another saved search already uses `name` (exact, as the UNIQUE constraint compares). */
export function savedSearchNameTaken(db: DatabaseSync, name: string, exceptId = 0): boolean {
  return (
    db.prepare('SELECT 1 FROM saved_searches WHERE name = ? AND id <> ?').get(name, exceptId) !== undefined
  );
}

/** Inserts a saved search and returns it; the caller checks the name first. */
export function insertSavedSearch(
  db: DatabaseSync,
  search: {
    readonly name: string;
    readonly query: string;
    readonly sort: string | null;
    readonly createdAt: string;
  },
): SavedSearchRow {
  const result = db
    .prepare('INSERT INTO saved_searches (name, query, sort, created_at) VALUES (?, ?, ?, ?)')
    .run(search.name, search.query, search.sort, search.createdAt);
  return { id: Number(result.lastInsertRowid), ...search };
}

/** Renames a saved search; false when there is no such id. */
export function renameSavedSearchRow(db: DatabaseSync, id: number, name: string): boolean {
  return db.prepare('UPDATE saved_searches SET name = ? WHERE id = ?').run(name, id).changes > 0;
}

/** Deletes a saved search; false when there is no such id. */
export function deleteSavedSearchRow(db: DatabaseSync, id: number): boolean {
  return db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id).changes > 0;
}
