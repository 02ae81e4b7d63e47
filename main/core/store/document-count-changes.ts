import type { DatabaseSync } from 'node:sqlite';

// Issue 6: an article's computed features carry the document count each of its terms was read with
// (related-repository.ts, `TermCountsRead`), so that storing them reads back only the counts that may
// cross a watched step. Between the computing and the storing, other articles' counts may have moved
// those counts: each move of one article's keys moves a key's count by at most one, so how many moves
// this process has made since bounds how far a count can be from the one read.

/**
 * The document count each key was read with when an article's features were computed, as it would be
 * once they are stored (related/counts-once-stored.ts), and `countChanges` then.
 */
export interface TermCountsRead {
  readonly at: number;
  readonly df: ReadonlyMap<string, number>;
}

const changes = new WeakMap<DatabaseSync, number>();

/** How many times this process has moved the document counts of `db` (a move of one article's keys counts 1). */
export function countChanges(db: DatabaseSync): number {
  return changes.get(db) ?? 0;
}

/**
 * Notes that the counts of `db` were moved: by one article's keys (each by at most one), or, with
 * `replaced`, all at once (the recount's swap), after which no count read before is to be trusted.
 */
export function noteCountChange(db: DatabaseSync, replaced = false): void {
  changes.set(db, countChanges(db) + (replaced ? unboundedChange : 1));
}

/** A change larger than any drift a carried count is trusted across. */
const unboundedChange = 1_000_000;
