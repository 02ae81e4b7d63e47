import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../main/core/logger.ts';
import { staleFeatures, storeFeatures } from '../../../../main/core/related/article-features.ts';
import { featuresVersion, withStep } from '../../../../main/core/related/features-signature.ts';
import { lastRefreshStep, refreshStep } from '../../../../main/core/related/library-scale.ts';
import { startDocumentCountRecount } from '../../../../main/core/related/recount-document-counts.ts';
import { articlesKey } from '../../../../main/core/store/related-recount-repository.ts';
import { featuredArticleCount } from '../../../../main/core/store/related-document-counts.ts';
import { restoreArticles } from '../../../../main/core/trash/restore-articles.ts';
import { trashArticles } from '../../../../main/core/trash/trash-articles.ts';
import { toArticleId } from '../../../../main/shared/ids.ts';
import { tempDir } from '../import/library-test-kit.ts';
import { insertPlainArticle, openTestDatabase } from '../../support/plain-article-db.ts';
import { expectStoredAsFresh, filler, pastTheCap, type PastTheCap } from './past-the-cap-library.ts';

// Issue 6, the gaps the review of the past-the-cap pass left: each test builds a library past the last
// step of its size (3,757 articles: 3,800 stand-ins with features of no key, and a few real articles),
// moves a count the way the gap does, and compares what an article stores with what a recompute with
// today's counts gives it (a library built afresh in one go).

/** How many stand-in articles the library holds: step 48, the last (3,757 articles and up). */
const standIns = 3800;

/**
 * Stores `count` articles whose features carry no key, current at the last step, and counts them (a
 * unit test cannot compute features for thousands); returns their ids.
 */
function addStandIns(db: DatabaseSync, count: number): number[] {
  const ids: number[] = [];
  const feature = db.prepare(
    "INSERT INTO related_articles (article_id, signature, published_day, all_keys, features_json) VALUES (?, ?, NULL, '', '[]')",
  );
  db.exec('BEGIN');
  for (let n = 0; n < count; n += 1) {
    const id = insertPlainArticle(db, 100_000 + n, {
      title: `stand-in ${n}`,
      text: '',
      wordCount: 0,
      addedAt: '2026-01-01T00:00:00.000Z',
    });
    feature.run(id, withStep(`${featuresVersion}stand-in`, lastRefreshStep));
    ids.push(id);
  }
  db.prepare(
    'INSERT INTO related_df (key, df) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET df = df + excluded.df',
  ).run(articlesKey, count);
  db.exec('COMMIT');
  return ids;
}

interface Library extends PastTheCap {
  readonly standIns: number[];
}

async function libraryPastTheCap(prepare: (db: DatabaseSync) => void = () => undefined): Promise<Library> {
  const db = openTestDatabase(await tempDir());
  const ids = addStandIns(db, standIns);
  prepare(db);
  const library = await pastTheCap(db);
  await library.drain();
  return { ...library, standIns: ids };
}

/** Runs the one-off recount of the counts to its end, then the turns it leaves (as the library does). */
async function recountNow(library: Library): Promise<void> {
  library.db.exec('INSERT OR IGNORE INTO related_df_recount (id) VALUES (1)');
  const queue: (() => void)[] = [];
  const recount = startDocumentCountRecount({
    db: library.db,
    logger: silentLogger,
    countWatch: library.related.countWatch,
    schedule: (turn) => void queue.push(turn),
    slice: { articles: 500, ms: 0 },
  });
  for (let turn = queue.shift(); turn !== undefined; turn = queue.shift()) turn();
  expect(await recount.finished).toBe(true);
  library.related.countsMoved(); // as the library does when the recount has swapped its counts in
  await library.drain();
}

describe('past the last step, the counts moved by the gaps the review left', () => {
  it('recomputes an article keeping a word whose count the recount corrects across a step', async () => {
    // An older Dossier counted trashed articles: "quorvex" was counted three times too often.
    const library = await libraryPastTheCap((db) => {
      db.exec("INSERT INTO related_df (key, df) VALUES ('t:quorvex', 3)");
    });
    const first = library.add(`quorvex ${filler(0)}`);
    library.add(`quorvex ${filler(1)}`);
    await library.drain();

    await recountNow(library);

    expectStoredAsFresh(library, first, 't:quorvex');
  });

  // The recount's swap compares the old counts with the new for the terms in both (markMovedTerms). A
  // term only in the old counts is in no article the recount read: only a trashed one carries it.
  it('leaves a word the old counts held only for a trashed article to that article’s restore', async () => {
    const library = await libraryPastTheCap();
    const trashed = library.add(`zebulon ${filler(0)}`);
    await library.drain();
    // An older Dossier left the Trash counted: the recount finds the word in no article.
    trashArticles(library.trash, [toArticleId(trashed)]);
    library.db.exec("UPDATE related_df SET df = df + 1 WHERE key = 't:zebulon' OR key = '#articles'");
    library.db.exec("INSERT OR IGNORE INTO related_df (key, df) VALUES ('t:zebulon', 1)");

    await recountNow(library);
    expect(library.db.prepare("SELECT df FROM related_df WHERE key = 't:zebulon'").get()).toBeUndefined();
    restoreArticles(library.trash, [toArticleId(trashed)]);
    await library.drain();

    expectStoredAsFresh(library, trashed, 't:zebulon');
  });

  it('recomputes the articles keeping a word the old counts lacked, which read it as absent', async () => {
    const library = await libraryPastTheCap();
    const first = library.add(`quorvex ${filler(0)}`);
    library.add(`quorvex ${filler(1)}`);
    await library.drain();
    const counted = library.weights(first, 't:quorvex').stored;
    // Counts lacking the word (none is known to have): the first article, recomputed, reads it as in none.
    library.db.exec("DELETE FROM related_df WHERE key = 't:quorvex'");
    const absent = staleFeatures(library.db, first, null, true);
    if (typeof absent === 'string') throw new Error(`the article is ${absent}`);
    storeFeatures(library.db, [absent]);
    expect(library.weights(first, 't:quorvex').stored).toBeGreaterThan(counted ?? Infinity);

    await recountNow(library);

    expectStoredAsFresh(library, first, 't:quorvex');
  });

  it('recomputes an article keeping a word whose count moved while the Trash held the library under the last step', async () => {
    const library = await libraryPastTheCap();
    const first = library.add(`zebulon ${filler(0)}`);
    await library.drain();
    trashArticles(library.trash, library.standIns.slice(0, 60).map(toArticleId));
    expect(refreshStep(featuredArticleCount(library.db))).toBeLessThan(lastRefreshStep);

    // Under the last step: the word is in two articles now, not one.
    library.add(`zebulon ${filler(1)}`);
    await library.drain();
    // Back past it: the catch-up's step pass finds the first article current at that step.
    library.db.prepare('UPDATE related_df SET df = df + 60 WHERE key = ?').run(articlesKey);
    library.add(filler(2));
    await library.drain();

    expect(refreshStep(featuredArticleCount(library.db))).toBe(lastRefreshStep);
    expectStoredAsFresh(library, first, 't:zebulon');
  });

  // A known gap, left open (issue 6): a count that falls raises the word's weight, and the articles
  // that carry it without keeping it are not found (only kept terms are indexed), so none promotes it.
  // What would fix it (measured in issue 6's second follow-up): a scan of every article's all_keys,
  // 88 ms of CPU per word at 20,000 articles (2.2 KB each, so ~0.45 s a word at 100k), or a table of
  // each article's cut terms that a fall could promote: 14.6 rows an article on the fixture pages (3.4
  // for a fall of one step) beside ~60 kept terms, with a migration and a recompute of every article to
  // fill it. This test pins the gap as it is, so it fails once something closes it: then assert
  // `stored` equals `fresh` instead.
  it('known gap (c): leaves a word out of the terms of an article that carried it unkept once a re-clean drops it elsewhere', async () => {
    const library = await libraryPastTheCap();
    const other = library.add(`quagmire ${filler(0)}`);
    // Seventy words found nowhere else outweigh "quagmire", in two articles: it is carried, not kept.
    const letters = 'bdfgklmnprstv';
    const own = Array.from(
      { length: 70 },
      (_, n) => `zo${letters[n % 13]}e${letters[Math.floor(n / 13)]}ulent`,
    );
    const carrier = library.add(`${own.join(' ')} quagmire`);
    await library.drain();
    expect(library.weights(carrier, 't:quagmir').stored).toBeUndefined();

    // The other article is re-cleaned without the word: it is in one article now, as rare as the seventy.
    library.db.prepare('UPDATE articles SET text = ? WHERE id = ?').run(filler(0), other);
    library.related.refresh(other);
    await library.drain();

    const { stored, fresh } = library.weights(carrier, 't:quagmir');
    // A fresh recompute keeps the word; the stored features still lack it.
    expect(fresh).toBeDefined();
    expect(stored).toBeUndefined();
  });
});
