import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { toSqlValue, type ArticleSnapshot, type SnapshotValue } from './article-snapshot.ts';
import { foreignKeysOf, type ForeignKey } from './foreign-keys.ts';

/** What putting snapshots back did. */
export interface RestoreOutcome {
  /** Old article id → the id it was restored under (the same one unless it had been reused). */
  readonly restored: ReadonlyMap<number, number>;
  /** Snapshots not restored because their original is in the library again (re-imported meanwhile). */
  readonly skipped: readonly number[];
  /** Rows dropped because what they pointed at is gone, per table (e.g. links to a deleted article). */
  readonly dropped: ReadonlyMap<string, number>;
}

type Row = Record<string, SnapshotValue>;

interface TableShape {
  readonly keys: readonly ForeignKey[];
  /** The single INTEGER PRIMARY KEY column, whose value may be reallocated. */
  readonly rowKey: string | null;
}

function shapeOf(db: DatabaseSync, table: string): TableShape {
  const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as {
    name: string;
    type: string;
    pk: number;
  }[];
  const pks = columns.filter((column) => column.pk > 0);
  const only = pks.length === 1 ? pks[0] : undefined;
  const rowKey = only !== undefined && only.type.toUpperCase() === 'INTEGER' ? only.name : null;
  return { keys: foreignKeysOf(db, table), rowKey };
}

function exists(db: DatabaseSync, table: string, column: string, value: SQLInputValue): boolean {
  return db.prepare(`SELECT 1 FROM "${table}" WHERE "${column}" = ? LIMIT 1`).get(value) !== undefined;
}

function without(row: Row, column: string): Row {
  const copy = { ...row };
  // Deleting lets SQLite allocate a fresh key for a row whose old one was reused.
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
  delete copy[column];
  return copy;
}

function insertRow(db: DatabaseSync, table: string, row: Row, orIgnore: boolean): number | null {
  const columns = Object.keys(row);
  const names = columns.map((name) => `"${name}"`).join(', ');
  const marks = columns.map(() => '?').join(', ');
  const verb = orIgnore ? 'INSERT OR IGNORE' : 'INSERT';
  const result = db
    .prepare(`${verb} INTO "${table}" (${names}) VALUES (${marks})`)
    .run(...columns.map((name) => toSqlValue(row[name] ?? null)));
  return result.changes === 0 ? null : Number(result.lastInsertRowid);
}

/**
 * Puts trashed rows back, in one caller-owned transaction: first every `articles` row (under its old
 * id when free, else a new one), then their other rows with foreign keys remapped. A row whose
 * parent is gone (a link to an article deleted meanwhile) is dropped and counted.
 */
export function restoreSnapshots(db: DatabaseSync, snapshots: readonly ArticleSnapshot[]): RestoreOutcome {
  // Per parent table: old key value → new key value, for rows restored under a new key.
  const articleRemap = new Map<SnapshotValue, number>();
  const remaps = new Map<string, Map<SnapshotValue, number>>([['articles', articleRemap]]);
  const restored = new Map<number, number>();
  const skipped: number[] = [];
  const dropped = new Map<string, number>();
  const ready: ArticleSnapshot[] = [];
  for (const snapshot of snapshots) {
    const own = snapshot.tables[0]?.rows[0];
    if (own === undefined) continue;
    if (exists(db, 'articles', 'original_sha256', toSqlValue(own['original_sha256'] ?? null))) {
      skipped.push(snapshot.articleId);
      continue;
    }
    const free = !exists(db, 'articles', 'id', snapshot.articleId);
    const newId = insertRow(db, 'articles', free ? own : without(own, 'id'), false) ?? snapshot.articleId;
    restored.set(snapshot.articleId, newId);
    if (newId !== snapshot.articleId) articleRemap.set(snapshot.articleId, newId);
    ready.push(snapshot);
  }
  const shapes = new Map<string, TableShape>();
  for (const snapshot of ready) {
    for (const { table, rows } of snapshot.tables.slice(1)) {
      let shape = shapes.get(table);
      if (shape === undefined) {
        shape = shapeOf(db, table);
        shapes.set(table, shape);
      }
      for (const original of rows) restoreRow(db, table, shape, original, remaps, dropped);
    }
  }
  return { restored, skipped, dropped };
}

function restoreRow(
  db: DatabaseSync,
  table: string,
  shape: TableShape,
  original: Row,
  remaps: Map<string, Map<SnapshotValue, number>>,
  dropped: Map<string, number>,
): void {
  const row: Row = { ...original };
  for (const key of shape.keys) {
    const value = row[key.from];
    if (value === null || value === undefined) continue;
    const moved = remaps.get(key.table)?.get(value);
    if (moved !== undefined) row[key.from] = moved;
    const parentColumn = key.to ?? 'rowid';
    if (!exists(db, key.table, parentColumn, toSqlValue(row[key.from] ?? null))) {
      dropped.set(table, (dropped.get(table) ?? 0) + 1);
      return;
    }
  }
  const rowKey = shape.rowKey;
  const oldKey = rowKey === null ? undefined : row[rowKey];
  if (
    rowKey !== null &&
    oldKey !== undefined &&
    oldKey !== null &&
    exists(db, table, rowKey, toSqlValue(oldKey))
  ) {
    const newKey = insertRow(db, table, without(row, rowKey), true);
    if (newKey !== null) {
      const remap = remaps.get(table) ?? new Map<SnapshotValue, number>();
      remap.set(oldKey, newKey);
      remaps.set(table, remap);
    }
    return;
  }
  insertRow(db, table, row, true);
}
