// Imports the golden fixtures N times into a temp library and prints throughput.
// Usage: npm run bench:import [-- --copies N --workers W]. Prints figures; asserts nothing.
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openLibrary } from '../../main/core/index.ts';
import type { ImportBatch } from '../../main/shared/types.ts';

const fixturesRoot = join(import.meta.dirname, '..', 'fixtures');

async function findHtml(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.html?$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function fixtureSources(): Promise<string[]> {
  const golden = (await findHtml(join(fixturesRoot, 'articles'))).filter((p) => p.endsWith('source.html'));
  // Until the golden set has grown, any saved page under test/fixtures will do.
  return golden.length >= 3 ? golden : findHtml(fixturesRoot);
}

const { values } = parseArgs({
  options: { copies: { type: 'string', default: '20' }, workers: { type: 'string' } },
});
const copies = Number(values.copies);
const sources = await fixtureSources();
if (sources.length === 0) throw new Error(`No .html fixtures under ${fixturesRoot}`);

const work = await mkdtemp(join(tmpdir(), 'dossier-bench-'));
try {
  const input = join(work, 'input');
  await mkdir(input);
  let bytesTotal = 0;
  for (const [s, source] of sources.entries()) {
    const bytes = await readFile(source);
    for (let copy = 0; copy < copies; copy += 1) {
      // A trailing comment makes each copy distinct bytes, so none is a duplicate.
      const variant = Buffer.concat([bytes, Buffer.from(`\n<!-- bench copy ${copy} -->\n`)]);
      bytesTotal += variant.length;
      await writeFile(join(input, `${s}-${copy}.html`), variant);
    }
  }
  const opened = await openLibrary({
    dir: join(work, 'library'),
    ...(values.workers === undefined ? {} : { workerCount: Number(values.workers) }),
  });
  if (!opened.ok) throw new Error(opened.error.message);
  const library = opened.value;
  const started = performance.now();
  const finished = new Promise<ImportBatch>((resolve) => {
    library.onEvent((event) => {
      if (event.type === 'import-finished') resolve(event.batch);
    });
  });
  const batchStart = await library.startImport({ paths: [input], uploads: false });
  if (!batchStart.ok) throw new Error(batchStart.error.message);
  const batch = await finished;
  const seconds = (performance.now() - started) / 1000;
  const searchStart = performance.now();
  await library.search({ query: 'the', limit: 20 });
  const searchMs = performance.now() - searchStart;
  const closeStart = performance.now();
  await library.close();
  const closeMs = performance.now() - closeStart;

  const workers = values.workers ?? 'default (min(2, cpus))';
  console.log(`fixtures:        ${sources.length} pages x ${copies} copies = ${batch.total} files`);
  console.log(`input:           ${(bytesTotal / 1024 / 1024).toFixed(1)} MB`);
  console.log(`workers:         ${workers}`);
  console.log(
    `outcomes:        ${batch.imported} imported, ${batch.duplicates} duplicates, ${batch.failed} failed`,
  );
  console.log(`total time:      ${seconds.toFixed(2)} s`);
  console.log(`throughput:      ${(batch.total / seconds).toFixed(1)} pages/s`);
  console.log(`search 'the':    ${searchMs.toFixed(1)} ms`);
  console.log(`close (save idx): ${closeMs.toFixed(1)} ms`);
  const failures = new Map<string, number>();
  for (const o of batch.outcomes)
    if (o.error) failures.set(o.error.code, (failures.get(o.error.code) ?? 0) + 1);
  if (failures.size > 0) console.log(`failures by code: ${JSON.stringify(Object.fromEntries(failures))}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
