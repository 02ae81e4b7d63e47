import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it, vi } from 'vitest';
import { openLibrary } from '../../../../main/core/library.ts';
import { silentLogger, type Logger } from '../../../../main/core/logger.ts';
import type { RelatedStories } from '../../../../main/core/related/related-api.ts';
import {
  startDocumentCountRecount,
  type DocumentCountRecount,
} from '../../../../main/core/related/recount-document-counts.ts';
import type { ArticleSearch } from '../../../../main/core/search/article-search.ts';
import { migrate } from '../../../../main/core/store/migrate.ts';
import { migrations } from '../../../../main/core/store/migrations.ts';
import { recountCursor, recountDue } from '../../../../main/core/store/related-recount-repository.ts';
import { restoreArticles } from '../../../../main/core/trash/restore-articles.ts';
import { trashArticles, type TrashContext } from '../../../../main/core/trash/trash-articles.ts';
import type { ArticleId } from '../../../../main/shared/ids.ts';
import { openTestDatabase } from '../../support/plain-article-db.ts';
import { tempDir } from '../import/library-test-kit.ts';
import {
  addArticles,
  countingTrashHooks,
  fillerTopics,
  followUp,
  relatedOver,
  relatedTestDb,
  talks,
} from './related-test-db.ts';

const library = [
  talks,
  followUp,
  ...fillerTopics,
  { text: 'A ferry left the harbour on 3 March 2026.' },
] as const;

/** Every document count the related engine keeps, by key. */
function counts(db: DatabaseSync): Map<string, number> {
  const rows = db.prepare('SELECT key, df FROM related_df').all() as { key: string; df: number }[];
  return new Map(rows.map((row) => [row.key, row.df]));
}

/** The counts from scratch: one per article with features, and one per key of each. */
function fromScratch(db: DatabaseSync): Map<string, number> {
  const out = new Map<string, number>();
  const add = (key: string): void => void out.set(key, (out.get(key) ?? 0) + 1);
  for (const row of db.prepare('SELECT all_keys FROM related_articles').all() as { all_keys: string }[]) {
    add('#articles');
    for (const key of row.all_keys === '' ? [] : row.all_keys.split('\n')) add(key);
  }
  return out;
}

/** Makes the counts wrong as an older Dossier left them, and marks the recount due as the migration does. */
function wrongCountsDue(db: DatabaseSync): void {
  db.exec("UPDATE related_df SET df = df + 3 WHERE key LIKE 't:%'");
  db.exec("INSERT INTO related_df (key, df) VALUES ('t:gone', 7)");
  db.exec('INSERT INTO related_df_recount (id) VALUES (1)');
}

/** Turns run one at a time by the test, two articles each. */
function steppedTurns(): {
  options: { schedule: (turn: () => void) => void; slice: { articles: number; ms: number } };
  step: () => boolean;
} {
  const queue: (() => void)[] = [];
  return {
    options: { schedule: (turn) => void queue.push(turn), slice: { articles: 2, ms: 0 } },
    step: () => {
      const turn = queue.shift();
      turn?.();
      return turn !== undefined;
    },
  };
}

const noSearch = {
  add: () => undefined,
  remove: () => undefined,
  persist: () => Promise.resolve(),
} as unknown as ArticleSearch;

/**
 * The library above with wrong counts and its recount started (turns run by the test, none yet), and
 * the Trash over it (counts watched, no search index).
 */
async function recountUnderway(): Promise<{
  db: DatabaseSync;
  related: RelatedStories;
  ids: ArticleId[];
  turns: ReturnType<typeof steppedTurns>;
  recount: DocumentCountRecount;
  trash: TrashContext;
}> {
  const { db, related } = await relatedTestDb();
  const ids = addArticles(db, related, library);
  wrongCountsDue(db);
  const turns = steppedTurns();
  const recount = startDocumentCountRecount({ db, logger: silentLogger, ...turns.options });
  const trash: TrashContext = {
    dir: await tempDir(),
    db,
    search: noSearch,
    now: () => new Date(),
    hooks: countingTrashHooks,
  };
  return { db, related, ids, turns, recount, trash };
}

describe('recounting the related-story document counts after open', () => {
  it('gives every key the count a recount from scratch finds, over many short turns', async () => {
    const { db, related } = await relatedTestDb();
    addArticles(db, related, library);
    const truth = fromScratch(db);
    wrongCountsDue(db);
    const turns = steppedTurns();

    const recount = startDocumentCountRecount({ db, logger: silentLogger, ...turns.options });
    let taken = 0;
    while (turns.step()) taken += 1;

    expect(await recount.finished).toBe(true);
    expect(taken).toBeGreaterThan(library.length / 2);
    expect(counts(db)).toEqual(truth);
    expect(recountDue(db)).toBe(false);
  });

  it('keeps the counts true when articles are added, re-featured, trashed and restored during the recount', async () => {
    const { db, related, ids, turns, recount, trash } = await recountUnderway();
    for (let turn = 0; turn < 3; turn += 1) turns.step();
    const cursor = recountCursor(db) ?? 0;
    const [passed, later] = [ids.find((id) => id <= cursor), ids.findLast((id) => id > cursor)];
    if (passed === undefined || later === undefined) throw new Error(`cursor ${cursor} not mid-library`);

    trashArticles(trash, [passed, later]);
    addArticles(db, related, [
      { text: 'Scientists named a second beetle found in the same forest, with blue wings.' },
    ]);
    // One article the recount has read and one it has not yet are given new features.
    const edited = [ids[1], ids[ids.length - 2]].filter((id) => id !== undefined);
    expect(edited.map((id) => id <= cursor)).toEqual([true, false]);
    for (const id of edited) {
      db.prepare("UPDATE articles SET text = text || ' Lavrov spoke again about warheads.' WHERE id = ?").run(
        id,
      );
      related.refresh(id);
    }
    restoreArticles(trash, [passed]);
    expect(recountDue(db)).toBe(true);
    while (turns.step());

    expect(await recount.finished).toBe(true);
    expect(counts(db)).toEqual(fromScratch(db));
  });

  it('keeps the counts true when an article is added or trashed after every article was read', async () => {
    const { db, related, ids, turns, recount, trash } = await recountUnderway();
    // Read to the end (the counts are then still being moved into place).
    while (recountCursor(db) !== Number.MAX_SAFE_INTEGER) expect(turns.step()).toBe(true);

    addArticles(db, related, [
      { text: 'A second ferry left the harbour on 4 March 2026 with Lavrov on board.' },
    ]);
    trashArticles(trash, ids.slice(0, 1));
    while (turns.step());

    expect(await recount.finished).toBe(true);
    expect(counts(db)).toEqual(fromScratch(db));
  });

  it('leaves the counts as they were, and the recount due, when it fails', async () => {
    const { db, related } = await relatedTestDb();
    const [first] = addArticles(db, related, library);
    wrongCountsDue(db);
    const before = counts(db);
    db.exec('DROP TABLE related_df_next');
    const errors: string[] = [];
    const logger: Logger = { ...silentLogger, error: (message) => void errors.push(message) };

    const finished = await startDocumentCountRecount({ db, logger }).finished;
    related.refresh(first);

    expect(finished).toBe(false);
    expect(errors).toEqual(['Recounting related-story document counts failed']);
    expect(counts(db)).toEqual(before);
    expect(recountDue(db)).toBe(true);
  });

  it('marks the recount due when a library with related features is migrated, and not for a new one', async () => {
    const { db, related } = await relatedTestDb();
    expect(recountDue(db)).toBe(false);
    addArticles(db, related, library);
    const step = migrations.findIndex((m) => m.description.includes('document counts recomputed'));
    db.exec('DROP TABLE related_df_recount; DROP TABLE related_df_next; DROP TABLE related_df_delta');
    db.exec(`PRAGMA user_version = ${step}`);

    const migrated = migrate(db, migrations.slice(0, step + 1));

    expect(migrated.ok).toBe(true);
    expect(recountDue(db)).toBe(true);
  });

  it('returns from opening a library before the recount is done, and finishes it in the background', async () => {
    const dir = await tempDir();
    const db = openTestDatabase(dir);
    const related = relatedOver(db);
    addArticles(db, related, library);
    wrongCountsDue(db);
    related.close();
    db.close();
    const reader = new DatabaseSync(join(dir, 'library.sqlite'), { readOnly: true });
    const due = (): boolean => reader.prepare('SELECT 1 FROM related_df_recount').get() !== undefined;

    const opened = await openLibrary({ dir, workerCount: 1 });
    if (!opened.ok) throw new Error(opened.error.message);
    const dueWhenOpened = due();
    await vi.waitFor(
      () => {
        expect(due()).toBe(false);
      },
      { timeout: 10_000 },
    );

    expect(dueWhenOpened).toBe(true);
    reader.exec('BEGIN');
    expect(counts(reader)).toEqual(fromScratch(reader));
    reader.exec('COMMIT');
    reader.close();
    await opened.value.close();
  });
});
