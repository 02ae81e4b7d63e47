import type { Library } from '../../core/index.ts';
import type { BatchId } from '../../shared/ids.ts';
import type { ImportBatch, ImportProgress } from '../../shared/types.ts';
import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';
import { openCliLibrary } from '../open-cli-library.ts';

const barWidth = 24;

/** `dossier reclean [--all] [--json]`: re-cleans articles from their originals, progress on stderr, a summary on stdout. */
export async function runReclean(
  args: readonly string[],
  flags: CliFlags,
  io: CliIo,
  all: boolean | undefined,
): Promise<number> {
  if (args.length > 0) {
    io.err('dossier reclean: takes no arguments (use --all to re-clean every article).\n');
    return exitCodes.usage;
  }
  const library = await openCliLibrary(flags, io);
  if (library === null) return exitCodes.error;
  try {
    const batch = await recleanAndWait(library, all === true, io);
    if (batch === null) return exitCodes.error;
    io.out(flags.json ? `${JSON.stringify(toSummary(batch))}\n` : describe(batch));
    if (batch.state === 'cancelled') return exitCodes.interrupted;
    return batch.failed > 0 ? exitCodes.someFailed : exitCodes.ok;
  } finally {
    await library.close();
  }
}

async function recleanAndWait(library: Library, all: boolean, io: CliIo): Promise<ImportBatch | null> {
  let batchId: BatchId | null = null;
  const ended = new Map<string, ImportBatch>();
  let wake: (() => void) | null = null;
  // Events may arrive before recleanLibrary answers (an empty batch ends at once), so they are kept by id.
  const unsubscribe = library.onEvent((event) => {
    if (event.type === 'import-progress' && event.progress.batchId === batchId)
      showProgress(event.progress, io);
    if (event.type === 'import-finished') {
      ended.set(event.batch.batchId, event.batch);
      wake?.();
    }
  });
  const onInterrupt = () => {
    io.err('\ndossier: cancelling after the articles in progress…\n');
    if (batchId !== null) void library.cancelImport({ batchId });
  };
  process.once('SIGINT', onInterrupt);
  try {
    const started = await library.recleanLibrary({ scope: all ? 'all' : 'outdated' });
    if (!started.ok) {
      io.err(`dossier reclean: ${started.error.message}\n`);
      return null;
    }
    const id = started.value.batchId;
    batchId = id;
    while (!ended.has(id)) {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    if (io.isErrTty) io.err('\n');
    return ended.get(id) ?? null;
  } finally {
    process.off('SIGINT', onInterrupt);
    unsubscribe();
  }
}

function showProgress(progress: ImportProgress, io: CliIo): void {
  const fraction = progress.total === 0 ? 0 : Math.min(1, progress.done / progress.total);
  const filled = Math.round(fraction * barWidth);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${progress.done}/${progress.total} · ${progress.imported} re-cleaned · ${progress.failed} failed`;
  // On a terminal, one line redrawn in place; in a log, one line per update.
  io.err(io.isErrTty ? `\r${line}\x1b[K` : `${line}\n`);
}

function toSummary(batch: ImportBatch): object {
  return {
    state: batch.state,
    total: batch.total,
    recleaned: batch.imported,
    failed: batch.failed,
    failures: batch.outcomes.flatMap((outcome) =>
      outcome.status === 'failed'
        ? [{ id: outcome.id ?? null, file: outcome.file, error: outcome.error }]
        : [],
    ),
  };
}

function describe(batch: ImportBatch): string {
  const failures = batch.outcomes.flatMap((outcome) =>
    outcome.status === 'failed'
      ? [
          `failed     #${outcome.id ?? '?'}  ${outcome.file}: ${outcome.error?.code ?? 'internal'}: ${outcome.error?.message ?? ''}\n`,
        ]
      : [],
  );
  const state = batch.state === 'cancelled' ? ' (cancelled)' : '';
  const noun = batch.total === 1 ? 'article' : 'articles';
  const kept = batch.failed > 0 ? ' (they keep their previous clean text)' : '';
  return `${failures.join('')}${batch.total} ${noun}${state}: ${batch.imported} re-cleaned, ${batch.failed} failed${kept}\n`;
}
