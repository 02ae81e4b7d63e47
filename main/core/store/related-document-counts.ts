import type { DatabaseSync } from 'node:sqlite';
import { prepared } from './prepared-statements.ts';
import { articlesKey, recordCountChange, recountCursor } from './related-recount-repository.ts';
import { markPendingKey } from './related-pending-keys.ts';
import { countChanges, noteCountChange, type TermCountsRead } from './document-count-changes.ts';
import type { TermCountWatch } from './term-count-watch.ts';

// Rows of related_df: how many articles with features carry each key (and, under articlesKey, how many
// articles have features), kept as articles' keys are written, trashed and restored.

/** How many articles carry each key (0 when none). */
export function documentFrequency(db: DatabaseSync, key: string): number {
  const row = prepared(db, 'SELECT df FROM related_df WHERE key = ?').get(key) as { df: number } | undefined;
  return row?.df ?? 0;
}

/** How many articles have features (kept as a count, as count(*) reads the whole table). */
export function featuredArticleCount(db: DatabaseSync): number {
  return documentFrequency(db, articlesKey);
}

/**
 * Adds `delta` to the count of every key of one article. When a watch is given, a term whose count
 * moves across one of its steps is recorded for the articles keeping it to be recomputed (issue 6).
 * One statement per key: one statement for them all (json_each) was slower on a library's file
 * (~0.7-1.0 against ~0.6-0.7 ms CPU per article of 280 keys; the report of issue 6).
 */
function countKeys(
  db: DatabaseSync,
  id: number,
  keys: readonly string[],
  delta: 1 | -1,
  watch: TermCountWatch | null,
  read?: TermCountsRead,
): void {
  if (keys.length === 0) return;
  const add = prepared(
    db,
    'INSERT INTO related_df (key, df) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET df = df + excluded.df',
  );
  // Only a watched term's new count is read back, to be compared with the watch's steps, and only if
  // it may cross one (reading back each count cost ~5.6 ms a group of 8 articles past the cap).
  const readBack =
    watch === null
      ? null
      : prepared(
          db,
          'INSERT INTO related_df (key, df) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET df = df + excluded.df RETURNING df',
        );
  const mayCross = watch === null ? null : crossingTest(watch, delta, db, read);
  const drop = prepared(db, 'DELETE FROM related_df WHERE key = ? AND df <= 0');
  // A recount running after open has read this article already: it keeps the change to apply too.
  const cursor = recountCursor(db);
  const alsoRecount = cursor !== null && id <= cursor;
  noteCountChange(db);
  for (const key of keys) {
    if (readBack !== null && watch !== null && key.startsWith('t:') && mayCross?.(key) !== false) {
      const { df } = readBack.get(key, delta) as { df: number };
      if (watch.moves(df - delta, df)) markPendingKey(db, key, df);
      if (df <= 0) drop.run(key);
    } else {
      add.run(key, delta);
      if (delta < 0) drop.run(key);
    }
    if (alsoRecount) recordCountChange(db, key, delta);
  }
}

/** How far from the counts read a count may have moved for a step to be ruled out without reading it. */
const trustedDrift = 16;

/**
 * Whether adding one to a term's count may cross one of the watch's steps, from the count the article
 * read (`read`: once stored, so one more than the count before this update) and how many counts have
 * moved since; null when nothing was read (every count is read back).
 */
function crossingTest(
  watch: TermCountWatch,
  delta: 1 | -1,
  db: DatabaseSync,
  read: TermCountsRead | undefined,
): ((key: string) => boolean) | null {
  if (delta < 0 || read === undefined) return null;
  const drift = countChanges(db) - read.at;
  if (drift < 0 || drift > trustedDrift) return null;
  return (key) => {
    const counted = read.df.get(key);
    if (counted === undefined) return true;
    // Each move since has moved this count by at most one: it is now within `drift` of counted - 1.
    const least = Math.max(0, counted - 1 - drift);
    if (least > watch.lastWatchedCount) return false;
    for (let before = least; before <= counted - 1 + drift; before += 1)
      if (watch.moves(before, before + 1)) return true;
    return false;
  };
}

/** The watch's test for the library as it is now (null when nothing is watched: no count is read back). */
function watchNow(db: DatabaseSync, watch: TermCountWatch): TermCountWatch | null {
  return watch.watches(featuredArticleCount(db)) ? watch : null;
}

/**
 * Moves the counts of an article's keys: `removed` down by one, `added` up by one (call inside a
 * transaction). Past the last step of the library's size, a term whose count crosses a step of its own
 * is recorded, and the articles keeping it are recomputed in the background (related/features-catch-up.ts).
 * `read`: the counts the added keys were read with, so that only those that may cross are read back.
 */
export function moveKeyCounts(
  db: DatabaseSync,
  id: number,
  change: { readonly removed: readonly string[]; readonly added: readonly string[] },
  watch: TermCountWatch,
  read?: TermCountsRead,
): void {
  const watched = watchNow(db, watch);
  countKeys(db, id, change.removed, -1, watched);
  countKeys(db, id, change.added, 1, watched, read);
}

function countArticle(db: DatabaseSync, id: number, delta: 1 | -1, watch: TermCountWatch): void {
  const row = prepared(db, 'SELECT all_keys FROM related_articles WHERE article_id = ?').get(id) as
    { all_keys: string } | undefined;
  if (row === undefined) return;
  const keys = [articlesKey, ...(row.all_keys === '' ? [] : row.all_keys.split('\n'))];
  countKeys(db, id, keys, delta, watchNow(db, watch));
}

/** Takes an article leaving for the Trash out of the document counts (its feature rows go with its snapshot). */
export function uncountFeatures(db: DatabaseSync, id: number, watch: TermCountWatch): void {
  countArticle(db, id, -1, watch);
}

/** Counts a restored article's keys again (its feature rows came back with its snapshot). */
export function recountFeatures(db: DatabaseSync, id: number, watch: TermCountWatch): void {
  countArticle(db, id, 1, watch);
}
