// Measures what recomputing articles' features writes (docs/benchmarks.md, "A recompute writes only
// what changed"): the related-speed bench's synthetic library (related/bulk-features.ts), the last
// `--recomputed` articles stored through the engine, then four passes that recompute those articles
// with `staleFeatures(…, force)` and store them in groups of eight, as the engine does, with SQLite's
// automatic checkpoint off, reading the WAL's growth from its size. Pass 4 first makes every stored
// signature older, as a new features version does. Prints MB of WAL and ms per article for each pass.
// Run: node test/bench/related-rewrite-bench.ts [--articles 20000] [--recomputed 2000]
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  staleFeatures,
  storeFeatures,
  type ComputedFeatures,
} from '../../main/core/related/article-features.ts';
import { featuresPerCommit } from '../../main/core/related/feature-writes.ts';
import { openDatabase } from '../../main/core/store/database.ts';
import { buildBulkLibrary } from './related/bulk-features.ts';
import { storeSyntheticArticle } from './related/store-synthetic-article.ts';
import { syntheticArticles } from './related/synthetic-articles.ts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new Error(`--${name} needs a number, not ${process.argv[at + 1]}`);
  return value;
}

const total = option('articles', 20_000);
const recomputed = Math.min(total, option('recomputed', 2_000));
const { article } = syntheticArticles(42);
const work = await mkdtemp(join(tmpdir(), 'dossier-related-rewrite-'));
const opened = openDatabase(join(work, 'library.sqlite'));
if (!opened.ok) throw new Error(opened.error.message);
const { db } = opened.value;
const wal = join(work, 'library.sqlite-wal');

async function pass(label: string, ids: readonly number[]): Promise<void> {
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  db.exec('PRAGMA wal_autocheckpoint = 0');
  const before = (await stat(wal)).size;
  const started = performance.now();
  let group: ComputedFeatures[] = [];
  for (const id of ids) {
    const computed = staleFeatures(db, id, null, true);
    if (typeof computed === 'string') continue;
    group.push(computed);
    if (group.length === featuresPerCommit) {
      storeFeatures(db, group);
      group = [];
    }
  }
  if (group.length > 0) storeFeatures(db, group);
  const megabytes = ((await stat(wal)).size - before) / ids.length / 1e6;
  const ms = (performance.now() - started) / ids.length;
  process.stdout.write(`${label}: ${megabytes.toFixed(3)} MB of WAL and ${ms.toFixed(1)} ms per article\n`);
  db.exec('PRAGMA wal_autocheckpoint = 1000');
}

try {
  db.exec('PRAGMA synchronous = OFF');
  buildBulkLibrary(db, total - recomputed, article, () => undefined);
  const ids: number[] = [];
  for (let n = total - recomputed; n < total; n += 1) ids.push(storeSyntheticArticle(db, n, article(n)));
  db.exec('PRAGMA synchronous = FULL');
  process.stdout.write(`${total} articles; the last ${recomputed} recomputed in each pass\n`);
  await pass('1. bulk features replaced by the engine’s', ids);
  await pass('2. again (counts moved a little in pass 1)', ids);
  await pass('3. again (nothing changed)', ids);
  db.exec("UPDATE related_articles SET signature = 'v0:' || signature");
  await pass('4. every signature older first (a new version that changes no feature)', ids);
} finally {
  db.close();
  await rm(work, { recursive: true, force: true });
}
