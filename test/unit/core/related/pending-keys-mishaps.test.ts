import { describe, expect, it } from 'vitest';
import { termCountWatch } from '../../../../main/core/related/library-scale.ts';
import { pendingKeysPass } from '../../../../main/core/related/pending-keys-pass.ts';
import { articlesKey } from '../../../../main/core/store/related-recount-repository.ts';
import { pendingKeys } from '../../../../main/core/store/related-pending-keys.ts';
import { restoreArticles } from '../../../../main/core/trash/restore-articles.ts';
import { trashArticles } from '../../../../main/core/trash/trash-articles.ts';
import { toArticleId } from '../../../../main/shared/ids.ts';
import { tempDir } from '../import/library-test-kit.ts';
import { openTestDatabase } from '../../support/plain-article-db.ts';
import { expectStoredAsFresh, filler, pastTheCap, type PastTheCap } from './past-the-cap-library.ts';

// Past the last step of the library's size (3,757 articles), words whose count crosses a step have
// the articles keeping them recomputed (pending-keys-pass.ts). These are the mishaps a review found.

/** A library that counts as 5,000 articles (past the cap), whose background turns the test runs. */
async function libraryOf5000(): Promise<PastTheCap> {
  const db = openTestDatabase(await tempDir());
  db.prepare('INSERT INTO related_df (key, df) VALUES (?, ?)').run(articlesKey, 5000);
  return pastTheCap(db);
}

describe('recomputing past the cap when things go wrong', () => {
  it('goes on with the other words when one article cannot be stored, and keeps that article’s word waiting', async () => {
    const library = await libraryOf5000();
    for (let n = 10; n < 14; n += 1) library.add(filler(n));
    await library.drain();
    const refused = library.add(`aardvarkish ${filler(0)}`);
    library.add(`zymurgist ${filler(1)}`);
    await library.drain();
    library.db.exec(
      `CREATE TEMP TRIGGER refuse BEFORE UPDATE ON related_features WHEN NEW.article_id = ${refused}
         BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );

    library.add(`aardvarkish ${filler(2)}`);
    library.add(`zymurgist ${filler(3)}`);
    const settled = library.related.settled();
    await library.drain();

    expect(await settled).toBe(true);
    expect(pendingKeys(library.db).map((pending) => pending.key)).toEqual(['t:ardvarkish']);
  });

  it('keeps a word that crossed a step and came back during a pass, so the article that read it between is recomputed', async () => {
    const library = await libraryOf5000();
    for (let n = 10; n < 14; n += 1) library.add(filler(n));
    await library.drain();
    library.add(`quorvex ${filler(0)}`, false);
    library.add(`quorvex ${filler(1)}`, false);
    const third = library.add(`quorvex ${filler(2)}`);
    await library.turn();

    // Up a step (3 → 4) while the pass runs, then back (4 → 3): the count reads as it did.
    const fourth = library.add(`quorvex ${filler(3)}`);
    trashArticles(library.trash, [toArticleId(third)]);
    await library.drain();

    expectStoredAsFresh(library, fourth, 't:quorvex');
  });

  it('recomputes a restored article, whose weights were read before the Trash', async () => {
    const library = await libraryOf5000();
    const first = library.add(`zebulon ${filler(0)}`);
    library.add(`zebulon ${filler(1)}`);
    await library.drain();
    trashArticles(library.trash, [toArticleId(first)]);
    for (let n = 2; n < 10; n += 1) library.add(`zebulon ${filler(n)}`);
    await library.drain();

    // The Trash tells the engine, which recomputes it (related-api.ts, trashHooks).
    restoreArticles(library.trash, [toArticleId(first)]);
    await library.drain();

    expectStoredAsFresh(library, first, 't:zebulon');
  });

  it('keeps to its turn’s budget while it passes words no article keeps', async () => {
    const db = openTestDatabase(await tempDir());
    const insert = db.prepare('INSERT INTO related_pending_keys (key, df) VALUES (?, 2)');
    for (let n = 0; n < 200; n += 1) insert.run(`t:nobodykeeps${n}`);
    const turn = pendingKeysPass({
      db,
      watch: termCountWatch,
      isQueued: () => false,
      flushQueued: () => undefined,
      turnMs: 0,
      failed: new Set(),
      stuck: new Set(),
      onFailed: () => undefined,
    });

    const finished = turn();

    expect(finished).toBeNull();
    expect(pendingKeys(db).length).toBe(199);
  });
});
