// A child process for the kill test: imports a folder into a library and prints one JSON line per
// file as soon as its outcome is recorded (that is, after its row is committed), so the parent
// knows exactly which articles it may hold the library to after a SIGKILL.
import { openLibrary } from '../../../../main/core/library.ts';

const [libraryDir, folder] = process.argv.slice(2);
if (libraryDir === undefined || folder === undefined) {
  process.stderr.write('usage: import-child.ts <library> <folder>\n');
  process.exit(2);
}

const opened = await openLibrary({ dir: libraryDir, workerCount: 1 });
if (!opened.ok) {
  process.stderr.write(`open failed: ${opened.error.code} ${opened.error.message}\n`);
  process.exit(1);
}
const library = opened.value;
const started = await library.startImport({ paths: [folder], uploads: false });
if (!started.ok) {
  process.stderr.write(`import failed: ${started.error.message}\n`);
  process.exit(1);
}
const { batchId } = started.value;
process.stdout.write(`${JSON.stringify({ started: true })}\n`);

let printed = 0;
for (;;) {
  const batch = await library.getImportBatch({ batchId });
  if (!batch.ok) throw new Error(batch.error.message);
  for (const outcome of batch.value.outcomes.slice(printed)) {
    const line = { file: outcome.file, status: outcome.status, id: outcome.id ?? outcome.duplicateOf?.id };
    // Synchronous, so a line is in the pipe before the next outcome is looked at.
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  printed = batch.value.outcomes.length;
  if (batch.value.state !== 'running') break;
  await new Promise((resolve) => setTimeout(resolve, 5));
}
await library.close();
process.stdout.write(`${JSON.stringify({ finished: true })}\n`);
