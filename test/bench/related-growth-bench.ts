// Measures what keeping features current costs in a library past the last step of its size (issue 6,
// pending-keys-pass.ts): a synthetic library (related/synthetic-articles.ts) of `--from` articles is
// written in bulk with its features, then grows by `--articles` more one at a time through the engine,
// the event loop turning after each as between imports, so that the background passes run as they
// would. Prints how many stored features were recomputed (a temporary trigger counts the updates, and
// those that changed anything), how long the background turns held the thread, and the WAL written:
// the automatic checkpoint is off and the WAL is truncated after each article and each turn, its frames
// counted, so the figure is every page written, by the imports and by the turns.
// Run: npm run bench:related-growth [-- --from 5000] [-- --articles 1000]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { silentLogger } from '../../main/core/logger.ts';
import { createRelatedStories } from '../../main/core/related/related-api.ts';
import { openDatabase } from '../../main/core/store/database.ts';
import { buildBulkLibrary } from './related/bulk-features.ts';
import { storeSyntheticArticle } from './related/store-synthetic-article.ts';
import { syntheticArticles } from './related/synthetic-articles.ts';

const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new Error(`${name} needs a number, not ${process.argv[at + 1]}`);
  return value;
};
const from = option('--from', 5000);
const added = option('--articles', 1000);
const { article: syntheticArticle } = syntheticArticles(42);

const work = await mkdtemp(join(tmpdir(), 'dossier-related-growth-'));
const opened = openDatabase(join(work, 'library.sqlite'));
if (!opened.ok) throw new Error(opened.error.message);
const { db } = opened.value;
buildBulkLibrary(db, from, syntheticArticle, () => undefined);
db.exec(`
  PRAGMA wal_autocheckpoint = 0;
  CREATE TEMP TABLE recomputed (n INTEGER NOT NULL, changed INTEGER NOT NULL);
  INSERT INTO temp.recomputed (n, changed) VALUES (0, 0);
  CREATE TEMP TRIGGER count_recomputes AFTER UPDATE OF features_json ON related_articles
    BEGIN UPDATE temp.recomputed SET n = n + 1,
      changed = changed + (old.features_json IS NOT new.features_json); END;
`);
const pageSize = (db.prepare('PRAGMA page_size').get() as { page_size: number }).page_size;
/** Pages written to the WAL since the last call (it is truncated). */
const framesWritten = (): number => {
  // A passive checkpoint tells how many frames the WAL holds; the truncating one (which reports the
  // emptied WAL) starts it again from nothing.
  const { log } = db.prepare('PRAGMA wal_checkpoint(PASSIVE)').get() as { log: number };
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  return log;
};
const wal = { imports: 0, turns: 0 };
const turns: number[] = [];
const related = createRelatedStories({
  db,
  now: () => new Date(),
  logger: silentLogger,
  catchUpTurns: {
    schedule: (turn) =>
      void setImmediate(() => {
        wal.imports += framesWritten();
        const started = performance.now();
        turn();
        turns.push(performance.now() - started);
        wal.turns += framesWritten();
      }),
  },
});
try {
  // The pass at open finds nothing to do (the bulk features are current).
  if (!(await related.settled())) throw new Error('The catch-up at open did not finish');
  turns.length = 0;
  framesWritten();
  const started = performance.now();
  for (let n = from; n < from + added; n += 1) {
    const id = storeSyntheticArticle(db, n, syntheticArticle(n));
    related.refresh(id);
    wal.imports += framesWritten();
    // Between two imports the event loop turns: the background passes get a turn.
    await new Promise((resolve) => setImmediate(resolve));
  }
  related.flush();
  wal.imports += framesWritten();
  if (!(await related.settled())) throw new Error('The catch-up did not finish');
  const seconds = (performance.now() - started) / 1000;
  const { n, changed } = db.prepare('SELECT n, changed FROM temp.recomputed').get() as {
    n: number;
    changed: number;
  };
  const sorted = [...turns].sort((a, b) => a - b);
  const pick = (p: number): string =>
    (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0).toFixed(1);
  const total = turns.reduce((sum, ms) => sum + ms, 0);
  const mb = (frames: number): string => ((frames * pageSize) / added / 1e6).toFixed(3);
  process.stdout.write(
    `related growth: ${from} articles in bulk, then ${added} added one at a time in ${seconds.toFixed(0)} s\n` +
      `  recomputed: ${n} (${(n / added).toFixed(2)} per article added), of which changed: ${changed} ` +
      `(${(changed / added).toFixed(2)})\n` +
      `  background turns: ${turns.length}, p50 ${pick(0.5)} / p95 ${pick(0.95)} / p99 ${pick(0.99)} / ` +
      `max ${(sorted.at(-1) ?? 0).toFixed(1)} ms, ${(total / 1000).toFixed(1)} s in all\n` +
      `  WAL per article added: ${mb(wal.imports + wal.turns)} MB (imports ${mb(wal.imports)}, ` +
      `background turns ${mb(wal.turns)})\n`,
  );
} finally {
  related.close();
  db.close();
  await rm(work, { recursive: true, force: true });
}
