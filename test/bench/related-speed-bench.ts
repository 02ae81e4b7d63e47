// Times related-story suggestions on a synthetic library: articles of random words drawn from a
// Zipf-like vocabulary, with people, places and figures, grouped in small stories
// (related/synthetic-articles.ts). Prints the time to compute one article's features and to answer
// getRelatedSuggestions, p50/p95/p99 in ms, as wall time and as this process's CPU time (which a
// machine busy with other work inflates less).
// All but the last 1,000 articles are built in bulk (test/bench/related/bulk-features.ts: the
// engine's features written 1,000 to a transaction); the last 1,000 go through the engine one at a
// time with the library's own durability settings, and are the ones timed.
// The time is that of the main thread: features are computed there, after the background entity
// suggestions of an imported or re-cleaned article, and suggestions are answered there.
// Run: npm run bench:related-speed [-- --articles 100000] [-- --queries 200]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { silentLogger } from '../../main/core/logger.ts';
import { createRelatedStories } from '../../main/core/related/related-api.ts';
import { openDatabase } from '../../main/core/store/database.ts';
import { toArticleId } from '../../main/shared/ids.ts';
import { buildBulkLibrary } from './related/bulk-features.ts';
import { storeSyntheticArticle } from './related/store-synthetic-article.ts';
import { syntheticArticles } from './related/synthetic-articles.ts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

const articleCount = option('articles', 100_000);
const queryCount = option('queries', 200);
const timedCount = Math.min(1000, articleCount);
const { article: syntheticArticle, random } = syntheticArticles(42);

/** Runs `work`, returning its wall and CPU milliseconds. */
async function timed(work: () => unknown): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
}

const percentile = (values: number[], p: number): number =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? 0;
const figures = (times: readonly { wall: number; cpu: number }[]): string =>
  (['wall', 'cpu'] as const)
    .map((kind) => {
      const values = times.map((t) => t[kind]);
      const at = (p: number): string => percentile(values, p).toFixed(1);
      // The mean too: features are written in groups, so one call in eight also commits the group.
      const mean = (values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length)).toFixed(1);
      return `${kind} p50 ${at(0.5)} / p95 ${at(0.95)} / p99 ${at(0.99)} / mean ${mean} ms`;
    })
    .join('; ');

const work = await mkdtemp(join(tmpdir(), 'dossier-related-speed-'));
const opened = openDatabase(join(work, 'library.sqlite'));
if (!opened.ok) throw new Error(opened.error.message);
const { db } = opened.value;
const related = createRelatedStories({ db, now: () => new Date(), logger: silentLogger });
try {
  const started = performance.now();
  const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  // Building the library without waiting for the disk on every commit; the last articles (timed)
  // are stored with the library's own durability settings.
  db.exec('PRAGMA synchronous = OFF');
  buildBulkLibrary(db, articleCount - timedCount, syntheticArticle, (done) => {
    if (done % 10_000 === 0) process.stderr.write(`${done} articles, ${elapsed()}\n`);
  });
  db.exec('PRAGMA synchronous = FULL');
  const featureTimes: { wall: number; cpu: number }[] = [];
  for (let n = articleCount - timedCount; n < articleCount; n += 1) {
    const id = storeSyntheticArticle(db, n, syntheticArticle(n));
    featureTimes.push(
      await timed(() => {
        related.refresh(id);
      }),
    );
  }
  process.stderr.write(`${articleCount} articles, ${elapsed()}\n`);
  // Bulk-built articles asked about get the engine's own features first (untimed), as they would have
  // had since import; the timed call then only checks they are current, as in a real library.
  const queried = Array.from({ length: queryCount }, () =>
    toArticleId(1 + Math.floor(random() * articleCount)),
  );
  for (const id of queried) related.refresh(id);
  const queryTimes: { wall: number; cpu: number }[] = [];
  for (const id of queried)
    queryTimes.push(
      await timed(async () => {
        const answer = await related.api.getRelatedSuggestions({ id, limit: 10 });
        if (!answer.ok) throw new Error(answer.error.message);
      }),
    );
  process.stdout.write(
    `related speed: ${articleCount} articles (built in ${elapsed()})\n` +
      `  features of one article (last ${featureTimes.length}): ${figures(featureTimes)}\n` +
      `  getRelatedSuggestions (${queryCount} queries): ${figures(queryTimes)}\n`,
  );
} finally {
  related.close();
  db.close();
  await rm(work, { recursive: true, force: true });
}
