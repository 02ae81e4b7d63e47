// Search at scale: builds a synthetic library of N articles, then reopens it in a fresh process
// and times queries through ArticleSearch.search (what library.search calls). Asserts nothing.
// Usage: npm run bench:search [-- --articles N --json --per-class Q --seed S --keep]
//        npm run bench:search -- --library DIR   (query phase only, on a library kept by --keep)
//        npm run bench:search -- --library DIR --cold   (the same from a cold disk: Linux, as root)
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { SearchIndexOptions } from '../../main/core/search/search-index.ts';
import {
  buildIndex,
  folderBytes,
  generateLibrary,
  openBenchDatabase,
  peakRssMB,
  queryPhase,
  type QueryPhaseResult,
} from './search/bench-phases.ts';
import { buildQuerySets, type QuerySets } from './search/query-sets.ts';
import { seededRandom } from './search/synthetic-text.ts';
import { dropOsCache } from './search/drop-os-cache.ts';
import { searchPageSize } from '../../renderer/api/search-page-size.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    'per-class': { type: 'string', default: '170' },
    seed: { type: 'string', default: '42' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // A library folder printed by an earlier --keep run: skip generating and building, query it again.
    library: { type: 'string' },
    // With --library: empty the OS page cache first, so the reopen and queries read from disk.
    cold: { type: 'boolean', default: false },
    // FlexSearch options to compare, as JSON (see SearchIndexOptions); the defaults otherwise.
    options: { type: 'string', default: '{}' },
    // Internal: the query half, run in a child process.
    phase: { type: 'string' },
    dir: { type: 'string' },
  },
});
const indexOptions = JSON.parse(values.options) as SearchIndexOptions;

if (values.phase === 'query') {
  const dir = values.dir ?? '';
  const sets = JSON.parse(await readFile(join(dir, '..', 'queries.json'), 'utf8')) as QuerySets;
  process.stdout.write(JSON.stringify(await queryPhase(dir, sets, searchPageSize, indexOptions)));
} else if (values.library !== undefined) {
  if (values.cold) dropOsCache();
  const queried = runQueryPhase(values.library);
  const report = {
    library: values.library,
    reopenSeconds: round(queried.reopenSeconds),
    reopenCpuSeconds: round(queried.reopenCpuSeconds),
    firstQueryMs: round(queried.firstQueryMs),
    preparedSeconds: round(queried.preparedSeconds),
    peakRssMB: Math.round(queried.peakRssMB),
    latencyMs: queried.latencyMs,
    cpuLatencyMs: queried.cpuLatencyMs,
    removeMs: round(queried.removeMs),
    meanHits: queried.meanHits,
    phraseFullPageMs: queried.phraseFullPageMs,
    reopenSource: queried.source,
  };
  if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else printReport(report);
} else {
  const articles = Number(values.articles);
  const log = (line: string): void => {
    if (!values.json) process.stderr.write(`${line}\n`);
  };
  const work = await mkdtemp(join(tmpdir(), 'dossier-search-bench-'));
  try {
    const dir = join(work, 'library');
    await mkdir(dir);
    const db = openBenchDatabase(dir);
    let t = performance.now();
    generateLibrary(db, articles, Number(values.seed));
    const generateSeconds = (performance.now() - t) / 1000;
    log(`generated ${articles} articles in ${generateSeconds.toFixed(1)} s`);
    t = performance.now();
    const built = await buildIndex(dir, db, indexOptions);
    log(`built the index in ${built.buildSeconds.toFixed(1)} s`);
    const buildPeakRssMB = peakRssMB();
    const sets = buildQuerySets(db, articles, Number(values['per-class']), seededRandom(7));
    await writeFile(join(work, 'queries.json'), JSON.stringify(sets));
    db.close();
    const queried = runQueryPhase(dir);
    const report = {
      articles,
      buildSeconds: round(built.buildSeconds),
      indexBytes: await folderBytes(join(dir, 'index')),
      reopenSeconds: round(queried.reopenSeconds),
      peakRssMB: Math.round(queried.peakRssMB),
      latencyMs: queried.latencyMs,
      cpuLatencyMs: queried.cpuLatencyMs,
      generateSeconds: round(generateSeconds),
      buildPeakRssMB: Math.round(buildPeakRssMB),
      buildCpuSeconds: round(built.buildCpuSeconds),
      buildCpuHoldMs: round(built.buildCpuHoldMs),
      reopenCpuSeconds: round(queried.reopenCpuSeconds),
      firstQueryMs: round(queried.firstQueryMs),
      preparedSeconds: round(queried.preparedSeconds),
      saveSeconds: round(built.saveSeconds),
      phraseFullPageMs: queried.phraseFullPageMs,
      maxSaveStallMs: round(built.maxSaveStallMs),
      firstSaveCpuHoldMs: round(built.firstSaveCpuHoldMs),
      firstSaveStallMs: round(built.firstSaveStallMs),
      maxSaveCpuHoldMs: round(built.maxSaveCpuHoldMs),
      removeMs: round(queried.removeMs),
      meanHits: queried.meanHits,
      reopenSource: queried.source,
      indexOptions,
    };
    if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else printReport(report);
    if (values.keep) log(`library kept in ${dir}`);
  } finally {
    if (!values.keep) await rm(work, { recursive: true, force: true });
  }
}

/** Reopens the library in a fresh process (as the app would) and times the queries there. */
function runQueryPhase(dir: string): QueryPhaseResult {
  const child = spawnSync(
    process.execPath,
    [import.meta.filename, '--phase', 'query', '--dir', dir, '--options', values.options],
    { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (child.status !== 0) throw new Error(`query phase failed (${child.status})`);
  return JSON.parse(child.stdout) as QueryPhaseResult;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function printReport(
  report: Record<string, unknown> & {
    latencyMs: QueryPhaseResult['latencyMs'];
    cpuLatencyMs: QueryPhaseResult['cpuLatencyMs'];
  },
): void {
  const { latencyMs, cpuLatencyMs, ...figures } = report;
  for (const [name, value] of Object.entries(figures))
    console.log(`${name.padEnd(16)} ${JSON.stringify(value)}`);
  for (const [title, table] of [
    ['latency (ms)  ', latencyMs],
    ['CPU time (ms) ', cpuLatencyMs],
  ] as const) {
    console.log(`${title}   p50     p95     p99`);
    for (const [name, p] of Object.entries(table)) {
      console.log(
        `  ${name.padEnd(14)} ${[p.p50, p.p95, p.p99].map((v) => v.toFixed(2).padStart(7)).join(' ')}`,
      );
    }
  }
}
