import type { DatabaseSync, SQLInputValue, SQLOutputValue } from 'node:sqlite';
import { tablesReferencing, type ForeignKey } from './foreign-keys.ts';

/** One stored value of a row; blobs are carried as base64 so the snapshot stays JSON. */
export type SnapshotValue = string | number | null | { readonly blob: string };

/** The rows of one table that belong to an article. */
export interface SnapshotTable {
  readonly table: string;
  readonly rows: readonly Record<string, SnapshotValue>[];
}

/** Everything that belongs to an article, parents before children: `tables[0]` is its `articles` row. */
export interface ArticleSnapshot {
  readonly articleId: number;
  readonly tables: readonly SnapshotTable[];
}

function toSnapshotValue(value: SQLOutputValue): SnapshotValue {
  if (value instanceof Uint8Array) return { blob: Buffer.from(value).toString('base64') };
  if (typeof value === 'bigint') return Number(value);
  return value;
}

/** Turns a snapshot value back into something SQLite binds. */
export function toSqlValue(value: SnapshotValue): SQLInputValue {
  if (value !== null && typeof value === 'object') return Buffer.from(value.blob, 'base64');
  return value;
}

interface Selection {
  readonly table: string;
  readonly where: string;
  readonly params: readonly SQLInputValue[];
}

// Rows of `child` whose foreign keys point at any of `values` of `parent`'s referenced column.
function childSelection(
  child: string,
  keys: readonly ForeignKey[],
  values: readonly SQLInputValue[],
): Selection | null {
  if (values.length === 0) return null;
  const marks = values.map(() => '?').join(', ');
  const clauses = keys.map((key) => `"${key.from}" IN (${marks})`);
  return { table: child, where: clauses.join(' OR '), params: keys.flatMap(() => values) };
}

// The parent column the keys point at (the first key's; tables here reference one column each).
function primaryValueColumn(db: DatabaseSync, table: string, keys: readonly ForeignKey[]): string {
  const to = keys[0]?.to ?? null;
  if (to !== null) return to;
  const pk = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; pk: number }[]).find(
    (column) => column.pk === 1,
  );
  return pk?.name ?? 'rowid';
}

/**
 * Reads every row that belongs to an article: its `articles` row, then, found through the schema's
 * foreign keys (so tables added later are covered), the rows that reference it and their own children.
 */
export function takeSnapshot(db: DatabaseSync, articleId: number): ArticleSnapshot | null {
  const own = db.prepare('SELECT * FROM articles WHERE id = ?').get(articleId);
  if (own === undefined) return null;
  const first: SnapshotTable = { table: 'articles', rows: [mapRow(own)] };
  const tables: SnapshotTable[] = [first];
  const visited = new Set(['articles']);
  const queue: SnapshotTable[] = [first];
  for (let parent = queue.shift(); parent !== undefined; parent = queue.shift()) {
    for (const [child, keys] of tablesReferencing(db, parent.table)) {
      if (visited.has(child)) continue;
      visited.add(child);
      const column = primaryValueColumn(db, parent.table, keys);
      const values = parent.rows.map((row) => toSqlValue(row[column] ?? null));
      const selection = childSelection(child, keys, values);
      if (selection === null) continue;
      const rows = db
        .prepare(`SELECT * FROM "${child}" WHERE ${selection.where}`)
        .all(...selection.params)
        .map(mapRow);
      const entry = { table: child, rows };
      tables.push(entry);
      queue.push(entry);
    }
  }
  return { articleId, tables };
}

function mapRow(row: Record<string, SQLOutputValue>): Record<string, SnapshotValue> {
  const mapped: Record<string, SnapshotValue> = {};
  for (const [name, value] of Object.entries(row)) mapped[name] = toSnapshotValue(value);
  return mapped;
}

/** Deletes the rows of a snapshot, children first, so no foreign key is left dangling. */
export function deleteSnapshotRows(db: DatabaseSync, snapshot: ArticleSnapshot): void {
  for (const { table, rows } of [...snapshot.tables].reverse()) {
    const first = rows[0];
    if (first === undefined) continue;
    const columns = Object.keys(first);
    // Matching every column deletes exactly the snapshotted row, whatever the table's key is.
    const where = columns.map((name) => `"${name}" IS ?`).join(' AND ');
    const remove = db.prepare(`DELETE FROM "${table}" WHERE ${where}`);
    for (const row of rows) remove.run(...columns.map((name) => toSqlValue(row[name] ?? null)));
  }
}
