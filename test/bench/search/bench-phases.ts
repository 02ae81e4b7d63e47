// The two halves of the search benchmark: building a library in this process, and reopening and
// querying it in a fresh process (so reopen time and RSS are not flattered by a warm heap).
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { DatabaseSync } from 'node:sqlite';
import { silentLogger } from '../../../main/core/logger.ts';
import { openArticleSearch, type ArticleSearch } from '../../../main/core/search/article-search.ts';
import type { SearchIndexOptions } from '../../../main/core/search/search-index.ts';
import type { SearchIndexState } from '../../../main/shared/types.ts';
import { saveIndex } from '../../../main/core/search/index-persistence.ts';
import { indexableArticles, insertArticle } from '../../../main/core/store/article-repository.ts';
import { openDatabase } from '../../../main/core/store/database.ts';
import { CLEANER_VERSION } from '../../../main/core/clean/cleaned-page.ts';
import { createArticleGenerator } from './synthetic-text.ts';
import type { QuerySets } from './query-sets.ts';

/** The library database file name, as `openLibrary` names it. */
export const databaseFile = 'library.sqlite';

/** Opens (creating) a library database, failing loudly. */
export function openBenchDatabase(dir: string): DatabaseSync {
  const opened = openDatabase(join(dir, databaseFile));
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value.db;
}

/** CPU seconds (user + system) this process has used: other jobs on the machine inflate wall times, not this. */
export function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * Starts watching the main thread's CPU time between event-loop turns; the stop function returns
 * the longest turn in ms. Unlike event-loop delay, time the OS gives to other processes is left out.
 */
export function watchLongestTurn(): () => number {
  const threadMs = (): number => {
    const { user, system } = process.threadCpuUsage();
    return (user + system) / 1000;
  };
  let last = threadMs();
  let longest = 0;
  let watching = true;
  const turn = (): void => {
    const now = threadMs();
    longest = Math.max(longest, now - last);
    last = now;
    if (watching) setImmediate(turn);
  };
  setImmediate(turn);
  return () => {
    watching = false;
    return longest;
  };
}

/**
 * Peak resident set size of this process so far, in MB: the kernel's high-water mark of this
 * process's own memory (`VmHWM`). Not `resourceUsage().maxRSS`: Linux carries that figure over
 * `execve` from the forked copy of the parent, so a query phase spawned by the process that has
 * just built a 100,000-article index reported the builder's ~1.3 GB as its own (session 14).
 */
export function peakRssMB(): number {
  const status = procStatus();
  const hwm = status === undefined ? undefined : /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
  return (hwm === undefined ? process.resourceUsage().maxRSS : Number(hwm)) / 1024;
}

function procStatus(): string | undefined {
  try {
    return readFileSync('/proc/self/status', 'utf8');
  } catch {
    return undefined; // not Linux: maxRSS is the best figure there is
  }
}

/**
 * The article's HTML as the store keeps it beside its text: the cleaned article's heading and
 * paragraphs. It matters for speed, not content: the database is as large as a real library's, and
 * a library made before schema 15 (with the HTML before the text in each row, read over by every
 * text read) can be made with this to measure the move (docs/benchmarks.md).
 */
function articleHtml(title: string, text: string): string {
  const paragraph = '</p><p class="dossier-p">';
  return `<article><h1>${title}</h1><p class="dossier-p">${text.replaceAll('\n', paragraph)}</p></article>`;
}

/** Inserts `count` synthetic articles through the store, as import does after cleaning. */
export function generateLibrary(db: DatabaseSync, count: number, seed: number): void {
  // Benchmark data is disposable: skip the per-commit fsync the app needs for durability.
  db.exec('PRAGMA synchronous = OFF');
  const generator = createArticleGenerator(seed);
  for (let i = 0; i < count; i += 1) {
    const a = generator.next();
    const sha256 = `bench-${seed}-${i}`;
    insertArticle(
      db,
      {
        status: 'ok',
        title: a.title,
        byline: a.byline,
        siteName: a.siteName,
        publishedTime: a.publishedTime,
        url: `https://${a.siteName}/${i}`,
        lang: a.lang,
        excerpt: null,
        wordCount: a.wordCount,
        html: articleHtml(a.title, a.text),
        text: a.text,
        capturedAt: null,
        charset: 'utf-8',
        removed: [],
        cleanerVersion: CLEANER_VERSION,
      },
      {
        sha256,
        size: a.text.length,
        storedPath: `originals/${sha256}.html`,
        fileName: `${i}.html`,
        filePath: `/bench/${i}.html`,
        modifiedAt: null,
        addedAt: a.publishedTime,
      },
    );
  }
}

/** Total size of the files in a folder, in bytes. */
export async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(folder, entry.name))).size;
  }
  return total;
}

/** Builds the index from the database the way a first open does, then times one more save. */
export async function buildIndex(
  dir: string,
  db: DatabaseSync,
  indexOptions: SearchIndexOptions,
): Promise<{
  buildSeconds: number;
  buildCpuSeconds: number;
  /** The rebuild's longest main-thread turn (CPU ms): it runs in slices between events. */
  buildCpuHoldMs: number;
  saveSeconds: number;
  maxSaveStallMs: number;
  firstSaveCpuHoldMs: number;
  /** The first save's longest event-loop delay (wall time: other jobs on the machine inflate it). */
  firstSaveStallMs: number;
  maxSaveCpuHoldMs: number;
  lastId: number;
}> {
  const started = performance.now();
  const cpuStarted = cpuSeconds();
  // The first save after a rebuild starts as it ends (the 'ready' state): watched from there.
  const firstDelay = monitorEventLoopDelay({ resolution: 5 });
  let firstWatch: (() => number) | null = null;
  const buildWatch = watchLongestTurn();
  let buildCpuHoldMs = Number.NaN;
  const onStateChange = (state: SearchIndexState): void => {
    if (state.kind !== 'ready') return;
    buildCpuHoldMs = buildWatch();
    firstDelay.enable();
    firstWatch = watchLongestTurn();
  };
  const { search, source } = await openArticleSearch({
    dir,
    db,
    logger: silentLogger,
    indexOptions,
    onStateChange,
  });
  // Whole: the pair filters made on a worker meanwhile are in too.
  await search.complete;
  const buildSeconds = (performance.now() - started) / 1000;
  const buildCpuSeconds = cpuSeconds() - cpuStarted;
  if (source !== 'rebuilt') throw new Error(`expected a rebuild, got ${source}`);
  await search.close();
  const firstSaveCpuHoldMs = (firstWatch as (() => number) | null)?.() ?? Number.NaN;
  firstDelay.disable();
  // A save after an import batch: how long does it hold the event loop at once?
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const watch = watchLongestTurn();
  const saveStart = performance.now();
  const lastId = search.index.size;
  await saveIndex(dir, search.index, lastId);
  const saveSeconds = (performance.now() - saveStart) / 1000;
  delay.disable();
  const maxSaveCpuHoldMs = watch();
  const maxSaveStallMs = delay.max / 1e6;
  return {
    buildSeconds,
    buildCpuSeconds,
    buildCpuHoldMs,
    saveSeconds,
    maxSaveStallMs,
    firstSaveCpuHoldMs,
    firstSaveStallMs: firstDelay.max / 1e6,
    maxSaveCpuHoldMs,
    lastId,
  };
}

/** p50/p95/p99 of a list of milliseconds. */
export function percentiles(values: readonly number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => {
    const value = sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
    return Math.round(value * 100) / 100;
  };
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** What the query phase reports. */
export interface QueryPhaseResult {
  readonly reopenSeconds: number;
  readonly reopenCpuSeconds: number;
  /** The first query's time, typed at once after the reopen (while filter rows and the typo suggester are still being prepared). */
  readonly firstQueryMs: number;
  /** From the start of the reopen until the work done ahead at idle is over (the latencies are measured after it). */
  readonly preparedSeconds: number;
  readonly source: string;
  readonly peakRssMB: number;
  readonly latencyMs: Record<string, { p50: number; p95: number; p99: number }>;
  readonly meanHits: Record<string, number>;
  readonly removeMs: number;
  /** Per-query CPU time percentiles (process CPU, all threads), by query class. */
  readonly cpuLatencyMs: Record<string, { p50: number; p95: number; p99: number }>;
  /**
   * Phrase queries: the time to a full first page, asking again from where a call stopped for its
   * phrase-check budget (as the UI and `dossier search` do), and how many needed more than one call.
   */
  readonly phraseFullPageMs: { p50: number; p95: number; p99: number; multiCall: number };
}

/** Time to a full first page of each query (or to its last hit), in ms, and how many took more than one call. */
function fullPageTimes(
  search: ArticleSearch,
  queries: readonly string[],
  pageSize: number,
): { times: number[]; multiCall: number } {
  let multiCall = 0;
  const times = queries.map((query) => {
    let hits = 0;
    let total = 0;
    let calls = 0;
    for (let more = true; more && hits < pageSize; calls += 1) {
      const started = performance.now();
      const answer = search.search(query, pageSize - hits, hits);
      total += performance.now() - started;
      hits += answer.hits.length;
      more = answer.partial === true;
    }
    if (calls > 1) multiCall += 1;
    return total;
  });
  return { times, multiCall };
}

/** Reopens the library, answers every query through `ArticleSearch.search`, deletes a few articles. */
export async function queryPhase(
  dir: string,
  sets: QuerySets,
  pageSize: number,
  indexOptions: SearchIndexOptions,
): Promise<QueryPhaseResult> {
  const started = performance.now();
  const cpuStarted = cpuSeconds();
  const db = openBenchDatabase(dir);
  const { search, source } = await openArticleSearch({ dir, db, logger: silentLogger, indexOptions });
  const reopenSeconds = (performance.now() - started) / 1000;
  const reopenCpuSeconds = cpuSeconds() - cpuStarted;
  // A query typed the moment the library is searchable, then the latencies of a user who starts
  // once the window is up: after the idle preparation (rows, typo suggester), reported separately.
  const firstQuery = Object.values(sets)[0]?.[0] ?? 'the';
  const firstStarted = performance.now();
  search.search(firstQuery, pageSize);
  const firstQueryMs = performance.now() - firstStarted;
  // The preparation's timer does not hold a process open (a CLI command exits without it): this does.
  const holdOpen = setInterval(() => undefined, 1_000);
  await search.prepared;
  clearInterval(holdOpen);
  const preparedSeconds = (performance.now() - started) / 1000;
  const latencyMs: QueryPhaseResult['latencyMs'] = {};
  const cpuLatencyMs: QueryPhaseResult['latencyMs'] = {};
  const meanHits: Record<string, number> = {};
  for (const [name, queries] of Object.entries(sets)) {
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let hits = 0;
    for (const query of queries) {
      // Queries reach the app as separate events: let timers and background work run between them.
      await new Promise((resolve) => setImmediate(resolve));
      const t = performance.now();
      const cpu = cpuSeconds();
      hits += search.search(query, pageSize).total;
      times.push(performance.now() - t);
      // CPU time is what other jobs on a shared machine inflate least (GC threads count too).
      cpuTimes.push((cpuSeconds() - cpu) * 1000);
    }
    latencyMs[name] = percentiles(times);
    cpuLatencyMs[name] = percentiles(cpuTimes);
    meanHits[name] = Math.round(hits / Math.max(1, queries.length));
  }
  const rss = peakRssMB();
  const fullPages = fullPageTimes(search, sets.phrase ?? [], pageSize);
  const phraseFullPageMs = { ...percentiles(fullPages.times), multiCall: fullPages.multiCall };
  const removeStart = performance.now();
  for (let id = 1; id <= 10; id += 1) search.remove(id);
  const removeMs = (performance.now() - removeStart) / 10;
  // Put them back and let the save settle: a kept library must reopen from its index next time,
  // not rebuild because ten articles are missing from it.
  for (const article of indexableArticles(db)) {
    if (article.id > 10) break;
    search.add(article);
  }
  await search.close();
  db.close();
  return {
    reopenSeconds,
    reopenCpuSeconds,
    firstQueryMs,
    preparedSeconds,
    source,
    peakRssMB: rss,
    latencyMs,
    cpuLatencyMs,
    meanHits,
    removeMs,
    phraseFullPageMs,
  };
}
