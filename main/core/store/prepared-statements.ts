import type { DatabaseSync, StatementSync } from 'node:sqlite';

const statements = new WeakMap<DatabaseSync, Map<string, StatementSync>>();

/**
 * The statement for `sql`, prepared once per database: queries run on every keystroke (a search's
 * summaries and snippet texts) or hundreds of times per article spent part of their time preparing.
 */
export function prepared(db: DatabaseSync, sql: string): StatementSync {
  let byText = statements.get(db);
  if (byText === undefined) statements.set(db, (byText = new Map<string, StatementSync>()));
  let statement = byText.get(sql);
  if (statement === undefined) byText.set(sql, (statement = db.prepare(sql)));
  return statement;
}
