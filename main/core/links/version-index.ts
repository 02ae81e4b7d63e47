import type { DatabaseSync } from 'node:sqlite';
import { fingerprintDistance, maxVersionDistance } from './text-fingerprint.ts';

/** One fingerprinted article, as far as grouping versions needs. */
export interface VersionEntry {
  readonly id: number;
  readonly fingerprint: string;
  readonly wordCount: number;
  readonly group: number;
}

// Re-saves differ in furniture, so their lengths differ a little; a digest or a
// follow-up on the same story is much shorter or longer.
const minLengthRatio = 0.6;

// Every import compares its fingerprint with all others; reading them from SQLite each time
// would make a large batch quadratic in row reads, so they are cached per open database.
// Only this module's callers write fingerprints, and articles are never deleted.
const indexes = new WeakMap<DatabaseSync, VersionEntry[]>();

/** The fingerprints of a library, loaded on first use and kept up to date by addVersionEntry. */
export function versionIndex(db: DatabaseSync): VersionEntry[] {
  let index = indexes.get(db);
  if (index === undefined) {
    const rows = db
      .prepare(
        `SELECT id, fingerprint, word_count, version_group FROM articles
         WHERE fingerprint IS NOT NULL AND version_group IS NOT NULL ORDER BY id`,
      )
      .all() as { id: number; fingerprint: string; word_count: number; version_group: number }[];
    index = rows.map((r) => ({
      id: r.id,
      fingerprint: r.fingerprint,
      wordCount: r.word_count,
      group: r.version_group,
    }));
    indexes.set(db, index);
  }
  return index;
}

/** Drops the cache, e.g. after a rolled-back transaction left entries the database does not have. */
export function forgetVersionIndex(db: DatabaseSync): void {
  indexes.delete(db);
}

/** Records a newly grouped article in the cache. */
export function addVersionEntry(db: DatabaseSync, entry: VersionEntry): void {
  versionIndex(db).push(entry);
}

/** The group of the closest fingerprint within the version distance and of similar length, or null. */
export function findVersionGroup(db: DatabaseSync, fingerprint: string, wordCount: number): number | null {
  let best: { group: number; distance: number } | null = null;
  for (const entry of versionIndex(db)) {
    const shorter = Math.min(entry.wordCount, wordCount);
    if (shorter / Math.max(entry.wordCount, wordCount, 1) < minLengthRatio) continue;
    const distance = fingerprintDistance(entry.fingerprint, fingerprint);
    if (distance <= maxVersionDistance && (best === null || distance < best.distance)) {
      best = { group: entry.group, distance };
    }
  }
  return best?.group ?? null;
}
