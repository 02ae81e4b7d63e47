import type { DatabaseSync } from 'node:sqlite';

/** One column of a table that references another table's column (null `to` means its primary key). */
export interface ForeignKey {
  readonly from: string;
  readonly table: string;
  readonly to: string | null;
}

function tableNames(db: DatabaseSync): string[] {
  const rows = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}

/** The foreign keys declared by a table, read from the schema. */
export function foreignKeysOf(db: DatabaseSync, table: string): ForeignKey[] {
  // Table names come from sqlite_schema, never from a request; quoting keeps odd names working.
  const rows = db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as {
    from: string;
    table: string;
    to: string | null;
  }[];
  return rows.map((row) => ({ from: row.from, table: row.table, to: row.to }));
}

/** Every table with a foreign key to `parent`, with those keys: read from the schema, so new tables count. */
export function tablesReferencing(db: DatabaseSync, parent: string): Map<string, ForeignKey[]> {
  const found = new Map<string, ForeignKey[]>();
  for (const name of tableNames(db)) {
    if (name === parent) continue;
    const keys = foreignKeysOf(db, name).filter((key) => key.table === parent);
    if (keys.length > 0) found.set(name, keys);
  }
  return found;
}
