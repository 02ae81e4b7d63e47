import { stat } from 'node:fs/promises';
import { compactLibrary, type CompactReport } from '../../core/integrity/compact-library.ts';
import { resolveLibraryDir } from '../../core/library.ts';
import { acquireLibraryLock } from '../../core/store/library-lock.ts';
import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';

const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;

function describe(dir: string, report: CompactReport, seconds: number): string {
  if (!report.rewritten)
    return `${dir} is already compact (${report.pageSizeAfter / 1024} KB pages, no free pages). Nothing was changed.\n`;
  return (
    `Compacted ${dir}: ${report.articles.toLocaleString('en')} article(s), ` +
    `${report.pageSizeBefore / 1024} KB → ${report.pageSizeAfter / 1024} KB pages, ` +
    `${megabytes(report.bytesBefore)} → ${megabytes(report.bytesAfter)} in ${seconds.toFixed(1)} s.\n`
  );
}

/** `dossier compact [--json]`: rewrites the library database with 16 KB pages (faster search from a cold disk). */
export async function runCompact(args: readonly string[], flags: CliFlags, io: CliIo): Promise<number> {
  if (args.length > 0) {
    io.err('dossier compact: takes no arguments.\n');
    return exitCodes.usage;
  }
  const dir = resolveLibraryDir(flags.library);
  if (!(await stat(dir).catch(() => null))?.isDirectory()) {
    io.err(`dossier compact: there is no library at ${dir}.\n`);
    return exitCodes.error;
  }
  // The database is replaced by a rewritten copy: nothing else may have it open.
  const lock = await acquireLibraryLock(dir);
  if (!lock.ok) {
    io.err(`dossier compact: ${lock.error.message} Close it and run the command again.\n`);
    return exitCodes.error;
  }
  try {
    io.err(`Rewriting the database of ${dir} (a minute or less per GB; nothing changes until it is done)…\n`);
    const started = performance.now();
    const compacted = await compactLibrary(dir);
    if (!compacted.ok) {
      io.err(`dossier compact: ${compacted.error.message}\n`);
      return exitCodes.error;
    }
    const seconds = (performance.now() - started) / 1000;
    io.out(
      flags.json
        ? `${JSON.stringify({ ...compacted.value, seconds })}\n`
        : describe(dir, compacted.value, seconds),
    );
    return exitCodes.ok;
  } finally {
    await lock.value();
  }
}
