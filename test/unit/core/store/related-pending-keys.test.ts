import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { termCountWatch } from '../../../../main/core/related/library-scale.ts';
import { articlesKey } from '../../../../main/core/store/related-recount-repository.ts';
import { pendingKeys } from '../../../../main/core/store/related-pending-keys.ts';
import { uncountFeatures } from '../../../../main/core/store/related-document-counts.ts';
import { replaceFeatures, type ArticleFeatures } from '../../../../main/core/store/related-repository.ts';
import { addArticle } from '../entities/entity-test-db.ts';
import { tempDir } from '../import/library-test-kit.ts';
import { openTestDatabase } from '../../support/plain-article-db.ts';

// Issue 6: past the last step of the library's size, a term whose document count crosses a step of its
// own is recorded, so that the articles keeping it are recomputed in the background.

/** A library taken to hold `articles` articles with features, and four real ones. */
async function libraryOf(articles: number): Promise<{ db: DatabaseSync; ids: number[] }> {
  const db = openTestDatabase(await tempDir());
  const ids = [1, 2, 3, 4].map((n) => addArticle(db, `Article ${n}.`, n));
  db.prepare('INSERT INTO related_df (key, df) VALUES (?, ?)').run(articlesKey, articles);
  return { db, ids };
}

const carrying = (...keys: string[]): ArticleFeatures => ({
  signature: 'v',
  publishedDay: null,
  allKeys: keys,
  features: keys.map((key) => ({ key, weight: 1, label: null, type: null })),
});

const waiting = (db: DatabaseSync): string[] =>
  pendingKeys(db).map((pending) => `${pending.key} ${pending.df}`);

describe('term counts that cross a step, past the last step of the library', () => {
  it('records a term whose count crosses a step, with the count it crossed to', async () => {
    const { db, ids } = await libraryOf(5000);
    replaceFeatures(db, ids[0] ?? 0, carrying('t:warhead', 'e:p:lavrov'), termCountWatch);
    expect(waiting(db)).toEqual([]);

    replaceFeatures(db, ids[1] ?? 0, carrying('t:warhead', 'e:p:lavrov'), termCountWatch);

    expect(waiting(db)).toEqual(['t:warhead 2']);
  });

  it('records nothing while the library is below the last step (every article is recomputed there)', async () => {
    const { db, ids } = await libraryOf(3000);
    replaceFeatures(db, ids[0] ?? 0, carrying('t:warhead'), termCountWatch);
    replaceFeatures(db, ids[1] ?? 0, carrying('t:warhead'), termCountWatch);

    expect(waiting(db)).toEqual([]);
  });

  it('records a count that moves within a step only once it crosses the next', async () => {
    const { db, ids } = await libraryOf(5000);
    // 9 and 10 are one quarter-octave step (round(4 log2 df) = 13), 11 the next (14).
    db.prepare("INSERT INTO related_df (key, df) VALUES ('t:warhead', 8)").run();
    replaceFeatures(db, ids[0] ?? 0, carrying('t:warhead'), termCountWatch);
    db.exec('DELETE FROM related_pending_keys');
    replaceFeatures(db, ids[1] ?? 0, carrying('t:warhead'), termCountWatch);
    expect(waiting(db)).toEqual([]);

    replaceFeatures(db, ids[2] ?? 0, carrying('t:warhead'), termCountWatch);

    expect(waiting(db)).toEqual(['t:warhead 11']);
  });

  it('records no count above the bound, where a crossing would recompute too many articles', async () => {
    const { db, ids } = await libraryOf(5000);
    db.prepare("INSERT INTO related_df (key, df) VALUES ('t:said', 80)").run();

    for (const id of ids) replaceFeatures(db, id, carrying('t:said'), termCountWatch);

    expect(waiting(db)).toEqual([]);
  });

  it('records a count the Trash lowers across a step, as the weight moves back', async () => {
    const { db, ids } = await libraryOf(5000);
    replaceFeatures(db, ids[0] ?? 0, carrying('t:warhead'), termCountWatch);
    replaceFeatures(db, ids[1] ?? 0, carrying('t:warhead'), termCountWatch);
    replaceFeatures(db, ids[2] ?? 0, carrying('t:warhead'), termCountWatch);
    db.exec('DELETE FROM related_pending_keys');

    uncountFeatures(db, ids[2] ?? 0, termCountWatch);

    expect(waiting(db)).toEqual(['t:warhead 2']);
  });
});
