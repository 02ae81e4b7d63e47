import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { stepOf } from '../../../../main/core/related/features-signature.ts';
import { lastRefreshStep, refreshStep } from '../../../../main/core/related/library-scale.ts';
import { articlesKey } from '../../../../main/core/store/related-recount-repository.ts';
import { refreshFeatures } from '../../../../main/core/related/article-features.ts';
import { pendingKeys } from '../../../../main/core/store/related-pending-keys.ts';
import { featuredArticleCount } from '../../../../main/core/store/related-document-counts.ts';
import {
  addArticles,
  fillerTopics,
  followUp,
  relatedOver,
  relatedTestDb,
  steppedEngine,
  talks,
  type TestArticle,
} from './related-test-db.ts';

// Issue 6: an article's terms and weights are read with the document counts of the moment they are
// computed. Those computed while the library was a step of its size smaller are recomputed in the
// background once it has grown past the step, up to `lastRefreshStep` (features-catch-up.ts).

const library: readonly TestArticle[] = [talks, followUp, ...fillerTopics];

/** The step each article's stored features were computed at, by article id. */
function steps(db: DatabaseSync): Map<number, number> {
  const rows = db.prepare('SELECT article_id, signature FROM related_articles ORDER BY article_id').all() as {
    article_id: number;
    signature: string;
  }[];
  return new Map(rows.map((row) => [row.article_id, stepOf(row.signature)]));
}

/** The articles whose features were computed at a smaller step than the library's now. */
function behind(db: DatabaseSync): number[] {
  const now = refreshStep(featuredArticleCount(db));
  return [...steps(db)].filter(([, step]) => step < now).map(([id]) => id);
}

/** Every document count the engine keeps, and the same counted from scratch from the articles' keys. */
function countsAndScratch(db: DatabaseSync): { kept: Map<string, number>; scratch: Map<string, number> } {
  const kept = new Map(
    (db.prepare('SELECT key, df FROM related_df').all() as { key: string; df: number }[]).map((row) => [
      row.key,
      row.df,
    ]),
  );
  const scratch = new Map<string, number>();
  const add = (key: string): void => void scratch.set(key, (scratch.get(key) ?? 0) + 1);
  for (const row of db.prepare('SELECT all_keys FROM related_articles').all() as { all_keys: string }[]) {
    add(articlesKey);
    for (const key of row.all_keys === '' ? [] : row.all_keys.split('\n')) add(key);
  }
  return { kept, scratch };
}

/** Stored features of every article, by id, as JSON. */
function storedFeatures(db: DatabaseSync): Map<number, string> {
  const rows = db.prepare('SELECT article_id, features_json FROM related_articles').all() as {
    article_id: number;
    features_json: string;
  }[];
  return new Map(rows.map((row) => [row.article_id, row.features_json]));
}

/** Pretends the library holds `articles` articles with features (thousands cannot be stored in a unit test). */
function pretendLibraryOf(db: DatabaseSync, articles: number): void {
  db.prepare('UPDATE related_df SET df = ? WHERE key = ?').run(articles, articlesKey);
}

describe('features recomputed as the library grows (issue 6)', () => {
  it('recomputes the articles computed while the library was smaller, once it has grown past a step', async () => {
    const { db, related } = await relatedTestDb();
    addArticles(db, related, library);
    expect(behind(db).length).toBeGreaterThan(0);

    expect(await related.settled()).toBe(true);

    expect(behind(db)).toEqual([]);
    expect([...steps(db).values()].every((step) => step === refreshStep(library.length))).toBe(true);
  });

  it('keeps the document counts right while recomputing', async () => {
    const { db, related } = await relatedTestDb();
    addArticles(db, related, library);
    await related.settled();

    const { kept, scratch } = countsAndScratch(db);
    expect(kept).toEqual(scratch);
  });

  it('recomputes articles when a library of 3,000 has grown to 5,000, the last step that does', async () => {
    const { db, related } = await relatedTestDb();
    addArticles(db, related, library.slice(0, 2));
    pretendLibraryOf(db, 3000);
    addArticles(db, related, library.slice(2, 4));
    await related.settled();
    expect([...steps(db).values()]).toEqual([46, 46, 46, 46]);

    pretendLibraryOf(db, 5000);
    addArticles(db, related, library.slice(4, 5));
    await related.settled();

    expect([...steps(db).values()]).toEqual(Array.from({ length: 5 }, () => lastRefreshStep));
  });

  it('recomputes no one for growth alone once the library is past the last step, however large it grows', async () => {
    const { db, related } = await relatedTestDb();
    addArticles(db, related, library.slice(0, 2));
    pretendLibraryOf(db, 5000);
    addArticles(db, related, library.slice(2, 4));
    await related.settled();
    const before = storedFeatures(db);

    pretendLibraryOf(db, 100_000);
    // Shares no word with the others: the library's size alone no longer moves a weight.
    addArticles(db, related, [
      { text: 'Orchestra violinists rehearsed Sibelius symphonies beneath chandeliers.' },
    ]);
    await related.settled();

    const after = storedFeatures(db);
    for (const [id, features] of before) expect(after.get(id)).toBe(features);
    expect(steps(db).size).toBe(5);
  });

  it('recomputes, past the last step, the articles keeping a word whose count has moved a step', async () => {
    const { db, related } = await relatedTestDb();
    addArticles(db, related, library.slice(0, 2));
    pretendLibraryOf(db, 100_000);
    const [first] = addArticles(db, related, [talks]);
    await related.settled();
    const before = storedFeatures(db).get(first);

    // Shares the first report's words: "warheads" is in 3 articles now, not 2, a step more common.
    addArticles(db, related, [{ ...talks, date: '2026-02-02' }]);
    await related.settled();

    expect(storedFeatures(db).get(first)).not.toBe(before);
    expect(pendingKeys(db)).toEqual([]);
  });

  it('starts a pass by itself when stored features take the library past a step (the app never calls settled)', async () => {
    const { db, related, drain } = await steppedEngine();
    await drain(); // the pass at open, over an empty library

    addArticles(db, related, library);
    expect(behind(db).length).toBeGreaterThan(0);
    await drain();

    expect(behind(db)).toEqual([]);
  });

  it('runs again when the library shrank under a step during a pass and grew back (the Trash)', async () => {
    const { db, related, drain } = await steppedEngine();
    await drain();
    addArticles(db, related, library.slice(0, -1));
    await drain();
    expect(behind(db)).toEqual([]);
    const size = featuredArticleCount(db);

    // The last article takes the library past a step; before the pass runs, two go to the Trash.
    addArticles(db, related, library.slice(-1));
    pretendLibraryOf(db, size - 1);
    await drain();
    pretendLibraryOf(db, size + 1);
    related.refresh(1);
    related.flush();
    await drain();

    expect(behind(db)).toEqual([]);
  });

  it('runs again when the library shrank under a step between passes and grew back', async () => {
    const { db, related } = await relatedTestDb();
    addArticles(db, related, library.slice(0, 4));
    pretendLibraryOf(db, 2656);
    addArticles(db, related, library.slice(4, 5)); // 2,657 articles: step 46
    expect(await related.settled()).toBe(true);
    expect(behind(db)).toEqual([]);

    pretendLibraryOf(db, 2654); // the Trash, with no pass running: step 45
    addArticles(db, related, library.slice(5, 6)); // computed at step 45
    await related.settled();
    pretendLibraryOf(db, 2656); // restored: step 46 again
    addArticles(db, related, library.slice(6, 7));

    expect(await related.settled()).toBe(true);
    expect(behind(db)).toEqual([]);
  });

  it('picks up where it left off when the library is closed mid-way and opened again', async () => {
    const { db, related: stepped, step } = await steppedEngine();
    addArticles(db, stepped, library);
    const stale = behind(db).length;
    // The pass started at open finds nothing; the one it starts when done recomputes one article a
    // turn. Turns are run (and what they computed written) until two articles are recomputed.
    for (let turns = 0; behind(db).length > stale - 2 && turns < 20; turns += 1) await step();
    stepped.close();
    expect(stale).toBeGreaterThan(2);
    expect(behind(db).length).toBe(stale - 2);

    const reopened = relatedOver(db);
    expect(await reopened.settled()).toBe(true);

    expect(behind(db)).toEqual([]);
    const { kept, scratch } = countsAndScratch(db);
    expect(kept).toEqual(scratch);
  });

  it('keeps the words waiting through a close mid-pass, and recomputes what keeps them at the next open', async () => {
    const { db, related: stepped, drain, step } = await steppedEngine();
    await drain();
    addArticles(db, stepped, fillerTopics);
    pretendLibraryOf(db, 5000);
    // Past the last step: the follow-up and a copy make words of the first report more common.
    addArticles(db, stepped, [talks, followUp, { ...talks, date: '2026-02-04' }]);
    const waiting = pendingKeys(db).length;
    expect(waiting).toBeGreaterThan(1);
    await step();
    await step();
    stepped.close();
    expect(pendingKeys(db).length).toBeGreaterThan(0);

    const reopened = relatedOver(db);
    expect(await reopened.settled()).toBe(true);

    expect(pendingKeys(db)).toEqual([]);
    // Every article as a recompute with today's counts leaves it.
    const settled = storedFeatures(db);
    for (const id of settled.keys()) refreshFeatures(db, id, true);
    expect(storedFeatures(db)).toEqual(settled);
    // Every count right but the library's size, pretended.
    const { kept, scratch } = countsAndScratch(db);
    kept.delete(articlesKey);
    scratch.delete(articlesKey);
    expect(kept).toEqual(scratch);
  });

  it('recomputes an article keeping many of the words that moved once, not once a word', async () => {
    const { db, related } = await relatedTestDb();
    addArticles(db, related, fillerTopics);
    pretendLibraryOf(db, 5000);
    const [report] = addArticles(db, related, [talks]);
    await related.settled();
    db.exec(`CREATE TEMP TABLE recomputed (id INTEGER NOT NULL);
      CREATE TEMP TRIGGER count_recomputes AFTER UPDATE OF features_json ON related_articles
        BEGIN INSERT INTO temp.recomputed (id) VALUES (new.article_id); END;`);

    // The copy makes each of the report's rare words twice as common.
    const [copy] = addArticles(db, related, [{ ...talks, date: '2026-02-02' }]);
    expect(pendingKeys(db).length).toBeGreaterThan(5);
    await related.settled();

    const recomputed = db.prepare('SELECT id FROM temp.recomputed ORDER BY id').all() as { id: number }[];
    expect(recomputed.map((row) => row.id)).toEqual([report, copy]);
  });
});
