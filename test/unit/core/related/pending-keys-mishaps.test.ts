import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../main/core/logger.ts';
import { staleFeatures } from '../../../../main/core/related/article-features.ts';
import { pendingKeysPass } from '../../../../main/core/related/pending-keys-pass.ts';
import { createRelatedStories, type RelatedStories } from '../../../../main/core/related/related-api.ts';
import type { ArticleSearch } from '../../../../main/core/search/article-search.ts';
import { articlesKey } from '../../../../main/core/store/related-recount-repository.ts';
import { pendingKeys } from '../../../../main/core/store/related-pending-keys.ts';
import { restoreArticles } from '../../../../main/core/trash/restore-articles.ts';
import { trashArticles, type TrashContext } from '../../../../main/core/trash/trash-articles.ts';
import { toArticleId } from '../../../../main/shared/ids.ts';
import { tempDir } from '../import/library-test-kit.ts';
import { insertPlainArticle, openTestDatabase } from '../../support/plain-article-db.ts';

// Past the last step of the library's size (3,757 articles), words whose count crosses a step have
// the articles keeping them recomputed (pending-keys-pass.ts). These are the mishaps a review found.

const noSearch = {
  add: () => undefined,
  remove: () => undefined,
  persist: () => Promise.resolve(),
} as unknown as ArticleSearch;

/** Three made-up words no other article of the test has. */
const filler = (n: number): string => `alpha${'bcdfg'[n % 5] ?? 'b'}ora${n} quintessa${n} voltrame${n}`;

interface PastTheCap {
  readonly db: DatabaseSync;
  readonly related: RelatedStories;
  readonly trash: TrashContext;
  /** Stores an article of `text` and gives it features (written at once unless `write` is false). */
  readonly add: (text: string, write?: boolean) => number;
  /** Runs the next background turn; false when none was waiting. */
  readonly turn: () => Promise<boolean>;
  /** Runs every background turn. */
  readonly drain: () => Promise<void>;
  /** The stored weight of `key` in article `id`, and the weight a recompute now would give it. */
  readonly weights: (id: number, key: string) => { stored: number | undefined; fresh: number | undefined };
}

/** A library that counts as 5,000 articles (past the cap), whose background turns the test runs. */
async function pastTheCap(): Promise<PastTheCap> {
  const db = openTestDatabase(await tempDir());
  db.prepare('INSERT INTO related_df (key, df) VALUES (?, ?)').run(articlesKey, 5000);
  const queue: (() => void)[] = [];
  const related = createRelatedStories({
    db,
    now: () => new Date('2026-03-01T00:00:00Z'),
    logger: silentLogger,
    catchUpTurns: { schedule: (turn) => void queue.push(turn), ms: 0 },
  });
  let n = 0;
  const add = (text: string, write = true): number => {
    n += 1;
    const id = insertPlainArticle(db, n, {
      title: `t${n}`,
      text,
      wordCount: 4,
      addedAt: '2026-01-01T00:00:00.000Z',
    });
    related.refresh(id);
    if (write) related.flush();
    return id;
  };
  const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  const turn = async (): Promise<boolean> => {
    await tick();
    const next = queue.shift();
    next?.();
    return next !== undefined;
  };
  const drain = async (): Promise<void> => {
    related.flush();
    for (let turns = 0; turns < 10_000; turns += 1) {
      if (await turn()) continue;
      await tick();
      if (queue.length === 0) break;
    }
    related.flush();
  };
  const weights = (id: number, key: string): { stored: number | undefined; fresh: number | undefined } => {
    const row = db
      .prepare('SELECT weight FROM related_features WHERE article_id = ? AND key = ?')
      .get(id, key) as { weight: number } | undefined;
    const computed = staleFeatures(db, id, null, true);
    const fresh =
      typeof computed === 'string' ? undefined : computed.features.features.find((f) => f.key === key);
    return { stored: row?.weight, fresh: fresh?.weight };
  };
  const trash = { dir: '', db, search: noSearch, now: () => new Date('2026-03-02T00:00:00Z') };
  return { db, related, trash, add, turn, drain, weights };
}

describe('recomputing past the cap when things go wrong', () => {
  it('goes on with the other words when one article cannot be stored, and keeps that article’s word waiting', async () => {
    const library = await pastTheCap();
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
    const library = await pastTheCap();
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

    const { stored, fresh } = library.weights(fourth, 't:quorvex');
    expect(stored).toBe(fresh);
  });

  it('recomputes a restored article, whose weights were read before the Trash', async () => {
    const library = await pastTheCap();
    const first = library.add(`zebulon ${filler(0)}`);
    library.add(`zebulon ${filler(1)}`);
    await library.drain();
    trashArticles(library.trash, [toArticleId(first)]);
    for (let n = 2; n < 10; n += 1) library.add(`zebulon ${filler(n)}`);
    await library.drain();

    // As the library's restoreArticles does (library.ts).
    restoreArticles(library.trash, [toArticleId(first)]);
    library.related.refresh(first, true);
    await library.drain();

    const { stored, fresh } = library.weights(first, 't:zebulon');
    expect(stored).toBe(fresh);
  });

  it('keeps to its turn’s budget while it passes words no article keeps', async () => {
    const db = openTestDatabase(await tempDir());
    const insert = db.prepare('INSERT INTO related_pending_keys (key, df) VALUES (?, 2)');
    for (let n = 0; n < 200; n += 1) insert.run(`t:nobodykeeps${n}`);
    const turn = pendingKeysPass({
      db,
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
