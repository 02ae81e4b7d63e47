import { compactLibrary, type CompactReport } from '../../core/integrity/compact-library.ts';
import { megabytes } from '../../shared/byte-sizes.ts';
import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';
import { onClosedLibrary } from '../closed-library.ts';

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
  // The database is replaced by a rewritten copy: nothing else may have it open.
  return onClosedLibrary('compact', args, flags, io, async (dir) => {
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
  });
}
