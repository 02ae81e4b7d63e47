import { resolve } from 'node:path';
import type { Library } from '../../core/index.ts';
import type { BatchId } from '../../shared/ids.ts';
import type { ImportBatch, ImportOutcome, ImportProgress } from '../../shared/types.ts';
import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';
import { openCliLibrary } from '../open-cli-library.ts';
import { printableLine } from '../printable-line.ts';
import { formatProgress } from './format-progress.ts';

/** `dossier import <paths…> [--json]`: imports files and folders, progress on stderr, outcomes on stdout. */
export async function runImport(paths: readonly string[], flags: CliFlags, io: CliIo): Promise<number> {
  if (paths.length === 0) {
    io.err('dossier import: name at least one file or folder.\n');
    return exitCodes.usage;
  }
  const library = await openCliLibrary(flags, io);
  if (library === null) return exitCodes.error;
  try {
    const batch = await importAndWait(
      library,
      paths.map((path) => resolve(path)),
      io,
    );
    if (batch === null) return exitCodes.error;
    // File names are untrusted: JSON escapes their control characters, the text lines do it here.
    for (const outcome of batch.outcomes)
      io.out(flags.json ? `${toJsonLine(outcome)}\n` : printableLine(describe(outcome)));
    if (!flags.json) io.out(summarize(batch));
    const diskFull = batch.outcomes.filter((outcome) => outcome.error?.code === 'disk-full').length;
    if (diskFull > 0) io.err(diskFullAdvice(diskFull));
    if (batch.state === 'cancelled') return exitCodes.interrupted;
    return batch.failed > 0 ? exitCodes.someFailed : exitCodes.ok;
  } finally {
    await library.close();
  }
}

async function importAndWait(library: Library, paths: string[], io: CliIo): Promise<ImportBatch | null> {
  let batchId: BatchId | null = null;
  let finished: ((batch: ImportBatch) => void) | null = null;
  const done = new Promise<ImportBatch>((resolveDone) => {
    finished = resolveDone;
  });
  const early: ImportBatch[] = [];
  const unsubscribe = library.onEvent((event) => {
    if (event.type === 'import-progress' && event.progress.batchId === batchId)
      showProgress(event.progress, io);
    if (event.type === 'import-finished') {
      if (batchId === null) early.push(event.batch);
      else if (event.batch.batchId === batchId) finished?.(event.batch);
    }
  });
  const onInterrupt = () => {
    io.err('\ndossier: cancelling after the files in progress…\n');
    if (batchId !== null) void library.cancelImport({ batchId });
  };
  process.once('SIGINT', onInterrupt);
  try {
    const started = await library.startImport({ paths, uploads: false });
    if (!started.ok) {
      io.err(`dossier import: ${started.error.message}\n`);
      return null;
    }
    batchId = started.value.batchId;
    const already = early.find((batch) => batch.batchId === batchId);
    const batch = already ?? (await done);
    if (io.isErrTty) io.err('\n');
    return batch;
  } finally {
    process.off('SIGINT', onInterrupt);
    unsubscribe();
  }
}

function showProgress(progress: ImportProgress, io: CliIo): void {
  // On a terminal, one line redrawn in place; in a log, one line per update.
  io.err(io.isErrTty ? `\r${formatProgress(progress)}\x1b[K` : `${formatProgress(progress)}\n`);
}

function toJsonLine(outcome: ImportOutcome): string {
  return JSON.stringify({
    file: outcome.file,
    status: outcome.status,
    ...(outcome.id === undefined ? {} : { id: outcome.id }),
    ...(outcome.duplicateOf === undefined ? {} : { duplicateOf: outcome.duplicateOf.id }),
    ...(outcome.sameUrlAs === undefined ? {} : { sameUrlAs: outcome.sameUrlAs.id }),
    ...(outcome.error === undefined ? {} : { error: outcome.error }),
  });
}

function describe(outcome: ImportOutcome): string {
  switch (outcome.status) {
    case 'imported':
      return outcome.sameUrlAs === undefined
        ? `imported   #${outcome.id ?? '?'}  ${outcome.file}\n`
        : `imported   #${outcome.id ?? '?'}  ${outcome.file} (another copy of #${outcome.sameUrlAs.id} “${outcome.sameUrlAs.title}”)\n`;
    case 'duplicate':
      return `duplicate  ${outcome.file} (same bytes as #${outcome.duplicateOf?.id ?? '?'} “${outcome.duplicateOf?.title ?? ''}”)\n`;
    case 'failed':
      return `failed     ${outcome.file}: ${outcome.error?.code ?? 'internal'}: ${outcome.error?.message ?? ''}\n`;
  }
}

function diskFullAdvice(count: number): string {
  const files = count === 1 ? '1 file was' : `${count} files were`;
  return (
    `dossier import: the disk is full, so ${files} not imported. Nothing already in the library was changed.\n` +
    'Free some space and run the same import again: files already imported are skipped as duplicates.\n'
  );
}

function summarize(batch: ImportBatch): string {
  const state = batch.state === 'cancelled' ? ' (cancelled)' : '';
  return `${batch.done} files${state}: ${batch.imported} imported, ${batch.duplicates} duplicate, ${batch.failed} failed\n`;
}
