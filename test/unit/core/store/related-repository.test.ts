import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { articlesKey } from '../../../../main/core/store/related-recount-repository.ts';
import { replaceFeatures, type ArticleFeatures } from '../../../../main/core/store/related-repository.ts';
import { noTermCountWatch } from '../../../../main/core/store/term-count-watch.ts';
import { addArticle } from '../entities/entity-test-db.ts';
import { tempDir } from '../import/library-test-kit.ts';
import { openTestDatabase } from '../../support/plain-article-db.ts';

async function libraryOfTwo(): Promise<{ db: DatabaseSync; first: number; second: number }> {
  const db = openTestDatabase(await tempDir());
  return { db, first: addArticle(db, 'One.', 1), second: addArticle(db, 'Two.', 2) };
}

function features(signature: string, kept: Record<string, number>, others: string[] = []): ArticleFeatures {
  const rows = Object.entries(kept).map(([key, weight]) => ({ key, weight, label: null, type: null }));
  return { signature, publishedDay: null, allKeys: [...Object.keys(kept), ...others], features: rows };
}

function featureRows(db: DatabaseSync, id: number): { rowid: number; key: string; weight: number }[] {
  return db
    .prepare('SELECT rowid, key, weight FROM related_features WHERE article_id = ? ORDER BY key')
    .all(id) as { rowid: number; key: string; weight: number }[];
}

function counts(db: DatabaseSync): Record<string, number> {
  const rows = db.prepare('SELECT key, df FROM related_df ORDER BY key').all() as {
    key: string;
    df: number;
  }[];
  return Object.fromEntries(rows.map((row) => [row.key, row.df]));
}

describe('replacing an article’s stored features', () => {
  it('leaves the feature rows that did not change where they are', async () => {
    const { db, first, second } = await libraryOfTwo();
    replaceFeatures(db, first, features('v1', { 'e:p:lavrov': 1, 't:summit': 2.5 }), noTermCountWatch);
    replaceFeatures(db, second, features('v1', { 't:harbour': 1.5 }), noTermCountWatch);
    const before = featureRows(db, first);

    replaceFeatures(db, first, features('v2', { 'e:p:lavrov': 1, 't:summit': 2.5 }), noTermCountWatch);

    expect(featureRows(db, first)).toEqual(before);
  });

  it('deletes a dropped key, adds a new one and reweighs a changed one', async () => {
    const { db, first, second } = await libraryOfTwo();
    replaceFeatures(
      db,
      first,
      features('v1', { 'e:p:lavrov': 1, 't:summit': 2.5, 't:talks': 1.2 }),
      noTermCountWatch,
    );
    // Stored after the first's, so rows written again would not get the first's rowids back.
    replaceFeatures(db, second, features('v1', { 't:harbour': 1.5 }), noTermCountWatch);
    const lavrov = featureRows(db, first).find((row) => row.key === 'e:p:lavrov')?.rowid;

    replaceFeatures(
      db,
      first,
      features('v2', { 'e:p:lavrov': 1, 't:summit': 3.1, 't:geneva': 2 }),
      noTermCountWatch,
    );

    expect(featureRows(db, first).map(({ key, weight }) => [key, weight])).toEqual([
      ['e:p:lavrov', 1],
      ['t:geneva', 2],
      ['t:summit', 3.1],
    ]);
    expect(featureRows(db, first).find((row) => row.key === 'e:p:lavrov')?.rowid).toBe(lavrov);
  });

  it('keeps each key counted once per article that has it, kept as a feature or not', async () => {
    const { db, first, second } = await libraryOfTwo();
    replaceFeatures(db, first, features('v1', { 't:summit': 2 }, ['t:rare', 't:talks']), noTermCountWatch);
    replaceFeatures(db, second, features('v1', { 't:talks': 1 }), noTermCountWatch);

    replaceFeatures(db, first, features('v2', { 't:summit': 2 }, ['t:geneva', 't:talks']), noTermCountWatch);

    expect(counts(db)).toEqual({ [articlesKey]: 2, 't:geneva': 1, 't:summit': 1, 't:talks': 2 });
  });
});
