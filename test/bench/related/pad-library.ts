// Pads a library with synthetic distractor articles for `bench:related -- --pad N`: N articles of
// made-up words grouped in stories of 4 (synthetic-articles.ts), written in bulk with their features
// (bulk-features.ts) before the fixture pages are imported. They share no story with a fixture article,
// so each one a fixture article's top 3 holds is a wrong suggestion; they are not queried.
import { openDatabase } from '../../../main/core/store/database.ts';
import { buildBulkLibrary } from './bulk-features.ts';
import { syntheticArticles } from './synthetic-articles.ts';

/** The name a distractor's id is shown under in rankings and --details. */
export const distractorName = (id: number): string => `distractor-${id}`;

/** Writes `count` distractors into the (empty) library database at `path` and returns their ids. */
export function padLibrary(path: string, count: number, progress: (done: number) => void): number[] {
  const opened = openDatabase(path);
  if (!opened.ok) throw new Error(opened.error.message);
  const { db } = opened.value;
  try {
    db.exec('PRAGMA synchronous = OFF');
    buildBulkLibrary(db, count, syntheticArticles(42).article, progress);
    return db
      .prepare('SELECT id FROM articles ORDER BY id')
      .all()
      .map((row) => Number(row['id']));
  } finally {
    db.close();
  }
}
