import type { DatabaseSync } from 'node:sqlite';
import type { Entity, EntityList } from '../../shared/entity-types.ts';
import { foldName } from '../entities/normalise-name.ts';
import { entityKey, getEntity } from './entity-repository.ts';

// Registry-wide reads and edits of entity rows: listing with a name filter, renaming, aliases.
// Only live entities (merged_into IS NULL) are listed or can clash by name.

/** Which page of the registry to list. */
export interface EntityListFilter {
  readonly query?: string | undefined;
  readonly type?: string | undefined;
  readonly offset: number;
  readonly limit: number;
}

function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

/**
 * Live entities whose name or an alias has a word starting with the folded query (stemmed too,
 * so "Москве" finds "Москва"), optionally of one type, by name; with the total that match.
 */
export function listEntityRows(db: DatabaseSync, filter: EntityListFilter): EntityList {
  const query = filter.query?.trim() ?? '';
  const conditions = ['e.merged_into IS NULL'];
  const params: Record<string, string | number> = { limit: filter.limit, offset: filter.offset };
  if (filter.type !== undefined) {
    conditions.push('e.type = :type');
    params.type = filter.type;
  }
  if (query !== '') {
    // A word of the key starts with the folded query or with its stem.
    const keyMatches = (column: string): string =>
      `(${column} LIKE :folded ESCAPE '\\' OR ${column} LIKE :spaced ESCAPE '\\'
        OR ${column} LIKE :stem ESCAPE '\\' OR ${column} LIKE :spacedStem ESCAPE '\\')`;
    conditions.push(`(${keyMatches('e.name_key')} OR EXISTS (SELECT 1 FROM entity_aliases a
      WHERE a.entity_id = e.id AND ${keyMatches('a.alias_key')}))`);
    params.folded = likePrefix(foldName(query));
    params.spaced = `% ${likePrefix(foldName(query))}`;
    params.stem = likePrefix(entityKey(query));
    params.spacedStem = `% ${likePrefix(entityKey(query))}`;
  }
  const where = conditions.join(' AND ');
  const countParams = Object.fromEntries(
    Object.entries(params).filter(([key]) => key !== 'limit' && key !== 'offset'),
  );
  const total = db.prepare(`SELECT count(*) AS n FROM entities e WHERE ${where}`).get(countParams) as {
    n: number;
  };
  const rows = db
    .prepare(
      `SELECT e.id FROM entities e WHERE ${where} ORDER BY e.name_key, e.id LIMIT :limit OFFSET :offset`,
    )
    .all(params) as unknown as { id: number }[];
  const items = rows
    .map((row) => getEntity(db, row.id))
    .filter((entity): entity is Entity => entity !== null);
  return { items, total: total.n };
}

/** Whether a live entity other than `exceptId` already has this name (by key). */
export function entityNameTaken(db: DatabaseSync, name: string, exceptId: number): boolean {
  const row = db
    .prepare('SELECT 1 AS taken FROM entities WHERE name_key = ? AND merged_into IS NULL AND id <> ? LIMIT 1')
    .get(entityKey(name), exceptId);
  return row !== undefined;
}

/** Whether the entity exists and has not been merged into another. */
export function isLiveEntity(db: DatabaseSync, id: number): boolean {
  const row = db.prepare('SELECT merged_into FROM entities WHERE id = ?').get(id) as
    { merged_into: number | null } | undefined;
  return row !== undefined && row.merged_into === null;
}

/** The columns of an entity a person can edit; absent ones stay as they are. */
export interface EntityChanges {
  readonly name?: string | undefined;
  readonly type?: string | undefined;
  readonly note?: string | null | undefined;
  readonly colour?: string | null | undefined;
}

/** Writes the given columns; a new name drops an alias that now equals it. */
export function updateEntityRow(db: DatabaseSync, id: number, changes: EntityChanges): void {
  if (changes.name !== undefined) {
    const key = entityKey(changes.name);
    db.prepare('UPDATE entities SET name = ?, name_key = ? WHERE id = ?').run(changes.name, key, id);
    db.prepare('DELETE FROM entity_aliases WHERE entity_id = ? AND alias_key = ?').run(id, key);
  }
  if (changes.type !== undefined)
    db.prepare('UPDATE entities SET type = ? WHERE id = ?').run(changes.type, id);
  if (changes.note !== undefined)
    db.prepare('UPDATE entities SET note = ? WHERE id = ?').run(changes.note, id);
  if (changes.colour !== undefined)
    db.prepare('UPDATE entities SET colour = ? WHERE id = ?').run(changes.colour, id);
}

/**
 * Makes `aliases` the entity's alias set. Aliases already present keep their row (and the merged
 * entity they came from, so a split still returns them); the entity's own name is never an alias.
 */
export function replaceAliases(db: DatabaseSync, id: number, aliases: readonly string[]): void {
  const own = db.prepare('SELECT name_key FROM entities WHERE id = ?').get(id) as
    { name_key: string } | undefined;
  const wanted = new Map<string, string>();
  for (const alias of aliases) {
    const key = entityKey(alias);
    if (key !== '' && key !== own?.name_key && !wanted.has(key)) wanted.set(key, alias.trim());
  }
  const present = db
    .prepare('SELECT alias_key FROM entity_aliases WHERE entity_id = ?')
    .all(id) as unknown as {
    alias_key: string;
  }[];
  const remove = db.prepare('DELETE FROM entity_aliases WHERE entity_id = ? AND alias_key = ?');
  for (const { alias_key: key } of present) if (!wanted.has(key)) remove.run(id, key);
  const rename = db.prepare('UPDATE entity_aliases SET alias = ? WHERE entity_id = ? AND alias_key = ?');
  const insert = db.prepare(
    'INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, origin_entity_id) VALUES (?, ?, ?, ?)',
  );
  for (const [key, alias] of wanted) {
    rename.run(alias, id, key);
    insert.run(id, alias, key, id);
  }
}

/** The first alias that is another live entity's name, or null. */
export function aliasTakenByName(db: DatabaseSync, aliases: readonly string[], id: number): string | null {
  return aliases.find((alias) => entityNameTaken(db, alias, id)) ?? null;
}
