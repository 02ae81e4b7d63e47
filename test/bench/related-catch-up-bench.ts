// Measures what recomputing features as the library grows costs (issue 6, features-catch-up.ts): a
// synthetic library (related/synthetic-articles.ts) grows one article at a time through the engine,
// with the library's own durability settings, the event loop turning after each article as between
// imports, so that the background catch-up runs as it would. Prints how many articles were
// recomputed (a temporary trigger counts the updates of stored features), and how long the catch-up's
// turns held the thread (p50/p95/p99/max ms, and in all).
// Run: node test/bench/related-catch-up-bench.ts [--articles 5000]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { silentLogger } from '../../main/core/logger.ts';
import { lastRefreshStep, refreshStep } from '../../main/core/related/library-scale.ts';
import { createRelatedStories } from '../../main/core/related/related-api.ts';
import { openDatabase } from '../../main/core/store/database.ts';
import { storeSyntheticArticle } from './related/store-synthetic-article.ts';
import { syntheticArticles } from './related/synthetic-articles.ts';

const at = process.argv.indexOf('--articles');
const articleCount = at < 0 ? 5000 : Number(process.argv[at + 1]);
if (!Number.isSafeInteger(articleCount) || articleCount < 1)
  throw new Error(`--articles needs a number, not ${process.argv[at + 1]}`);
const { article: syntheticArticle } = syntheticArticles(42);

const work = await mkdtemp(join(tmpdir(), 'dossier-related-catch-up-'));
const opened = openDatabase(join(work, 'library.sqlite'));
if (!opened.ok) throw new Error(opened.error.message);
const { db } = opened.value;
db.exec(`
  CREATE TEMP TABLE recomputed (n INTEGER NOT NULL);
  INSERT INTO temp.recomputed (n) VALUES (0);
  CREATE TEMP TRIGGER count_recomputes AFTER UPDATE OF features_json ON related_articles
    BEGIN UPDATE temp.recomputed SET n = n + 1; END;
`);
const turns: number[] = [];
const related = createRelatedStories({
  db,
  now: () => new Date(),
  logger: silentLogger,
  catchUpTurns: {
    schedule: (turn) =>
      void setImmediate(() => {
        const started = performance.now();
        turn();
        turns.push(performance.now() - started);
      }),
  },
});
try {
  const started = performance.now();
  for (let n = 0; n < articleCount; n += 1) {
    const id = storeSyntheticArticle(db, n, syntheticArticle(n));
    related.refresh(id);
    // Between two imports the event loop turns: the catch-up gets a turn.
    await new Promise((resolve) => setImmediate(resolve));
  }
  related.flush();
  const imported = performance.now() - started;
  if (!(await related.settled())) throw new Error('The catch-up did not finish');
  const recomputed = (db.prepare('SELECT n FROM temp.recomputed').get() as { n: number }).n;
  const sorted = [...turns].sort((a, b) => a - b);
  const pick = (p: number): string =>
    (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0).toFixed(1);
  const total = turns.reduce((sum, ms) => sum + ms, 0);
  process.stdout.write(
    `related catch-up: ${articleCount} articles added one at a time in ${(imported / 1000).toFixed(0)} s ` +
      `(step ${refreshStep(articleCount)}, last refresh step ${lastRefreshStep})\n` +
      `  articles recomputed: ${recomputed} (${(recomputed / articleCount).toFixed(2)} per article added)\n` +
      `  catch-up turns: ${turns.length}, p50 ${pick(0.5)} / p95 ${pick(0.95)} / p99 ${pick(0.99)} / ` +
      `max ${(sorted.at(-1) ?? 0).toFixed(1)} ms, ${(total / 1000).toFixed(1)} s in all\n`,
  );
} finally {
  related.close();
  db.close();
  await rm(work, { recursive: true, force: true });
}
