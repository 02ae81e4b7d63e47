import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { featureWriteDelayMs, featuresPerCommit } from '../../../../main/core/related/feature-writes.ts';
import type { ArticleSearch } from '../../../../main/core/search/article-search.ts';
import { silentLogger } from '../../../../main/core/logger.ts';
import { createRelatedStories } from '../../../../main/core/related/related-api.ts';
import { openDatabase } from '../../../../main/core/store/database.ts';
import { articlesKey } from '../../../../main/core/store/related-recount-repository.ts';
import { trashArticles } from '../../../../main/core/trash/trash-articles.ts';
import type { ArticleId } from '../../../../main/shared/ids.ts';
import { tempDir } from '../import/library-test-kit.ts';
import { addArticle, countingTrashHooks, relatedOver, suggestionsFor } from './related-test-db.ts';

/** A library database, the engine over it, and a second connection that sees only what is committed. */
async function library() {
  const path = join(await tempDir(), 'library.sqlite');
  const opened = openDatabase(path);
  if (!opened.ok) throw new Error(opened.error.message);
  const { db } = opened.value;
  const reader = new DatabaseSync(path, { readOnly: true });
  readers.push(reader);
  const committed = (): number =>
    (reader.prepare('SELECT count(*) AS n FROM related_articles').get() as { n: number }).n;
  return { db, related: relatedOver(db), committed };
}

// Trashed straight from the database: no search index to keep current.
const noSearch = {
  add: () => undefined,
  remove: () => undefined,
  persist: () => Promise.resolve(),
} as unknown as ArticleSearch;

const readers: DatabaseSync[] = [];
afterEach(() => {
  for (const reader of readers.splice(0)) reader.close();
  vi.useRealTimers();
});

const story = (n: number) => ({
  text: `Report ${n}: the Vistula ferry at Kazimierz ran aground on a sandbank after the river fell to a record low of ${n} centimetres.`,
  entities: [['Kazimierz', 'place']] as const,
  date: '2026-02-10',
});

describe('writing related-story features in groups', () => {
  it(`computes each article's features at once and commits ${featuresPerCommit} of them together`, async () => {
    const { db, related, committed } = await library();
    const ids: ArticleId[] = [];
    for (let n = 1; n < featuresPerCommit; n += 1) ids.push(addArticle(db, story(n)));
    for (const id of ids) related.refresh(id);

    expect(committed()).toBe(0);
    const last = addArticle(db, story(featuresPerCommit));
    related.refresh(last);
    expect(committed()).toBe(featuresPerCommit);
  });

  it('writes fewer once they have waited the delay', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { db, related, committed } = await library();
    related.refresh(addArticle(db, story(1)));
    related.refresh(addArticle(db, story(2)));

    vi.advanceTimersByTime(featureWriteDelayMs - 1);
    expect(committed()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(committed()).toBe(2);
  });

  it('answers suggestions from features computed a moment ago, written first', async () => {
    const { db, related, committed } = await library();
    const first = addArticle(db, story(1));
    const second = addArticle(db, story(2));
    related.refresh(first);
    related.refresh(second);

    const suggestions = await suggestionsFor(related, first);

    expect(committed()).toBe(2);
    expect(suggestions.map((s) => s.article.id)).toContain(second);
  });

  it('leaves out an article moved to the Trash before its features were written, and writes the others', async () => {
    const { db, related, committed } = await library();
    const kept = addArticle(db, story(1));
    const deleted = addArticle(db, story(2));
    related.refresh(kept);
    related.refresh(deleted);
    trashArticles(
      {
        dir: '',
        db,
        search: noSearch,
        now: () => new Date('2026-03-02T00:00:00Z'),
        hooks: countingTrashHooks,
      },
      [deleted],
    );

    related.flush();

    expect(committed()).toBe(1);
    const df = db.prepare('SELECT df FROM related_df WHERE key = ?').get(articlesKey) as
      { df: number } | undefined;
    expect(df?.df ?? null).toBe(1);
  });

  it('writes what waits when the library closes', async () => {
    const { db, related, committed } = await library();
    related.refresh(addArticle(db, story(1)));

    related.close();

    expect(committed()).toBe(1);
  });

  it('computes an article once while its features wait, unless its text changed', async () => {
    const { db, related, committed } = await library();
    const id = addArticle(db, story(1));
    related.refresh(id);
    related.refresh(id);
    // Issue 6: a word the first text lacks (the check was of a "7", which a term weight held by chance).
    db.prepare('UPDATE articles SET text = ? WHERE id = ?').run(`${story(7).text} A dredger came.`, id);
    related.refresh(id);

    related.flush();

    expect(committed()).toBe(1);
    const stored = db.prepare('SELECT features_json FROM related_articles WHERE article_id = ?').get(id) as {
      features_json: string;
    };
    expect(stored.features_json).toContain('"dredger"');
  });

  it('keeps the stored features of a text changed and changed back while its new ones waited', async () => {
    const { db, related } = await library();
    const id = addArticle(db, story(1));
    related.refresh(id);
    related.flush();
    const stored = (): string =>
      (
        db.prepare('SELECT signature FROM related_articles WHERE article_id = ?').get(id) as {
          signature: string;
        }
      ).signature;
    const before = stored();
    db.prepare('UPDATE articles SET text = ? WHERE id = ?').run(story(7).text, id);
    related.refresh(id);
    db.prepare('UPDATE articles SET text = ? WHERE id = ?').run(story(1).text, id);
    related.refresh(id);

    related.flush();

    expect(stored()).toBe(before);
  });

  it('writes the rest of a group when one article of it cannot be stored', async () => {
    const { db, related, committed } = await library();
    const ids = [1, 2, 3].map((n) => addArticle(db, story(n)));
    const bad = ids[1] ?? 0;
    db.exec(`CREATE TEMP TRIGGER refuse BEFORE INSERT ON related_features WHEN NEW.article_id = ${bad}
      BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    for (const id of ids) related.refresh(id);

    const failed = related.flush();

    expect(failed).toEqual([bad]);
    expect(committed()).toBe(2);
  });

  it("does not try a failed group article by article inside a caller's transaction, which keeps what the group wrote", async () => {
    const { db, related } = await library();
    const ids = [1, 2, 3].map((n) => addArticle(db, story(n)));
    db.exec(`CREATE TEMP TRIGGER refuse BEFORE INSERT ON related_features WHEN NEW.article_id = ${ids[1] ?? 0}
      BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    for (const id of ids) related.refresh(id);
    db.exec('BEGIN');

    const failed = related.flush();
    db.exec('ROLLBACK');

    expect(failed).toEqual(ids);
  });

  it('tries articles that cannot be stored once per pass, instead of trying them again forever', async () => {
    const { db } = await library();
    for (let n = 1; n <= 20; n += 1) addArticle(db, story(n));
    db.exec(
      `CREATE TEMP TRIGGER refuse BEFORE INSERT ON related_features BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
    const errors: string[] = [];
    const related = createRelatedStories({
      db,
      now: () => new Date('2026-03-01T00:00:00Z'),
      logger: { ...silentLogger, error: (message) => errors.push(message) },
    });

    await new Promise((resolve) => setTimeout(resolve, 1_000));
    related.close();

    // The pass at open tries the twenty once, in groups of eight: three failed writes, then no more
    // (the next pass is at the next step of the library's size, or the next open).
    expect(errors).toEqual(
      Array.from(
        { length: Math.ceil(20 / featuresPerCommit) },
        () => 'Storing related-story features failed',
      ),
    );
  });
});
