// A library past the last step of its size (3,757 articles), where words whose counts cross a step have
// the articles keeping them recomputed (pending-keys-pass.ts): the engine over it with the turns run by
// the test, and what its tests of the past-the-cap pass read (issue 6).
import type { DatabaseSync } from 'node:sqlite';
import { expect } from 'vitest';
import { staleFeatures } from '../../../../main/core/related/article-features.ts';
import type { TrashContext } from '../../../../main/core/trash/trash-articles.ts';
import { insertPlainArticle } from '../../support/plain-article-db.ts';
import { steppedEngine, trashOver, type SteppedEngine } from './related-test-db.ts';

/** Three made-up words no other article of the test has. */
export const filler = (n: number): string =>
  `alpha${'bcdfg'[n % 5] ?? 'b'}ora${n} quintessa${n} voltrame${n}`;

/** The engine over a library past the cap, with the Trash and what the tests read. */
export interface PastTheCap extends SteppedEngine {
  /** The Trash, told as the library tells it (the engine's hooks). */
  readonly trash: TrashContext;
  /** Stores an article of `text` and gives it features (written at once unless `write` is false). */
  readonly add: (text: string, write?: boolean) => number;
  /** The stored weight of `key` in article `id`, and the weight a recompute now would give it. */
  readonly weights: (id: number, key: string) => { stored: number | undefined; fresh: number | undefined };
}

/** The engine over `db`, a library its caller has taken past the cap, whose background turns the test runs. */
export async function pastTheCap(db: DatabaseSync): Promise<PastTheCap> {
  const engine = await steppedEngine(db);
  const { related } = engine;
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
  const weights = (id: number, key: string): { stored: number | undefined; fresh: number | undefined } => {
    const row = db
      .prepare('SELECT weight FROM related_features WHERE article_id = ? AND key = ?')
      .get(id, key) as { weight: number } | undefined;
    const computed = staleFeatures(db, id, null, true);
    const fresh =
      typeof computed === 'string' ? undefined : computed.features.features.find((f) => f.key === key);
    return { stored: row?.weight, fresh: fresh?.weight };
  };
  return { ...engine, trash: trashOver(db, related.trashHooks), add, weights };
}

/** Expects article `id` to keep `key` with the weight a recompute with today's counts gives it. */
export function expectStoredAsFresh(library: PastTheCap, id: number, key: string): void {
  const { stored, fresh } = library.weights(id, key);
  expect(fresh).toBeDefined();
  expect(stored).toBe(fresh);
}
