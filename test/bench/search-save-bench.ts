// Times a search index rebuild and the saves after it on a copy of a kept bench library's database
// (the library itself is never touched). Prints the build's wall and CPU time and, for the first save
// after the rebuild and a later one, the longest main-thread turn (CPU) and event-loop delay (wall).
// Run: npm run bench:search-save -- --library DIR   (a folder kept by `npm run bench:search -- --keep`)
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIndex, databaseFile, openBenchDatabase, peakRssMB } from './search/bench-phases.ts';

const { values } = parseArgs({ options: { library: { type: 'string' }, json: { type: 'boolean' } } });
if (values.library === undefined) throw new Error('--library DIR is required');

const work = await mkdtemp(join(tmpdir(), 'dossier-search-save-'));
try {
  await copyFile(join(values.library, databaseFile), join(work, databaseFile));
  const db = openBenchDatabase(work);
  const loadBefore = loadavg()[0] ?? 0;
  const built = await buildIndex(work, db, {});
  db.close();
  const report = {
    articles: built.lastId,
    buildSeconds: round(built.buildSeconds),
    buildCpuSeconds: round(built.buildCpuSeconds),
    buildCpuHoldMs: round(built.buildCpuHoldMs),
    buildPeakRssMB: Math.round(peakRssMB()),
    firstSaveCpuHoldMs: round(built.firstSaveCpuHoldMs),
    firstSaveStallMs: round(built.firstSaveStallMs),
    laterSaveSeconds: round(built.saveSeconds),
    laterSaveCpuHoldMs: round(built.maxSaveCpuHoldMs),
    laterSaveStallMs: round(built.maxSaveStallMs),
    // Other jobs on the machine inflate the wall times: the load says how much to distrust them.
    loadAverage: [round(loadBefore), round(loadavg()[0] ?? 0)],
  };
  if (values.json) console.log(JSON.stringify(report));
  else
    for (const [name, value] of Object.entries(report))
      console.log(`${name.padEnd(20)} ${JSON.stringify(value)}`);
} finally {
  await rm(work, { recursive: true, force: true });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
