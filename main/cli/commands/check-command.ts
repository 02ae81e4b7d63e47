import { stat } from 'node:fs/promises';
import { resolveLibraryDir } from '../../core/library.ts';
import { checkLibrary, type CheckReport } from '../../core/integrity/check-library.ts';
import { repairLibrary, type RepairOutcome } from '../../core/integrity/repair-library.ts';
import { acquireLibraryLock } from '../../core/store/library-lock.ts';
import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';

function problemsIn(report: CheckReport): number {
  return report.findings.filter((finding) => finding.severity === 'problem').length;
}

function describe(dir: string, report: CheckReport, repair: RepairOutcome | null): string {
  const lines = [
    `Checked ${dir}: database ${report.database}, ${report.originalsChecked} original(s), ${report.assetsChecked} image(s).`,
  ];
  if (repair !== null)
    lines.push(
      `Repaired: removed ${repair.removedTempFiles} unfinished write(s), moved ${repair.movedToLostAndFound} orphaned file(s) to lost+found/.`,
    );
  for (const left of repair?.notMoved ?? [])
    lines.push(`  Could not move ${left.path} to lost+found/, so it stays where it was: ${left.reason}`);
  for (const finding of report.findings) lines.push(`  ${finding.severity}: ${finding.message}`);
  const problems = problemsIn(report);
  if (problems === 0) lines.push('No problems found.');
  else {
    lines.push(`${problems} problem(s) found.`);
    if (report.findings.some((f) => f.kind === 'orphan-file' || f.kind === 'temp-file'))
      lines.push(
        '`dossier check --repair` removes unfinished writes and moves orphaned files to lost+found/.',
      );
    if (
      report.findings.some(
        (f) => f.kind !== 'orphan-file' && f.kind !== 'temp-file' && f.severity === 'problem',
      )
    )
      lines.push(
        'Missing, changed or damaged data cannot be repaired here: `dossier restore <backup>` puts a backup back.',
      );
  }
  return `${lines.join('\n')}\n`;
}

/** `dossier check [--json] [--repair]`: verifies the database and every stored file; exit 1 when problems are found. */
export async function runCheck(
  args: readonly string[],
  flags: CliFlags,
  io: CliIo,
  repair: boolean,
): Promise<number> {
  if (args.length > 0) {
    io.err('dossier check: takes no arguments.\n');
    return exitCodes.usage;
  }
  const dir = resolveLibraryDir(flags.library);
  if (!(await stat(dir).catch(() => null))?.isDirectory()) {
    io.err(`dossier check: there is no library at ${dir}.\n`);
    return exitCodes.error;
  }
  // Checked only while no one writes: an import in progress would look like orphaned files.
  const lock = await acquireLibraryLock(dir);
  if (!lock.ok) {
    io.err(`dossier check: ${lock.error.message} Close it and run the check again.\n`);
    return exitCodes.error;
  }
  try {
    let report = await checkLibrary(dir);
    let repaired: RepairOutcome | null = null;
    if (repair && problemsIn(report) > 0) {
      repaired = await repairLibrary(dir, report);
      report = await checkLibrary(dir);
    }
    io.out(flags.json ? `${JSON.stringify({ ...report, repaired })}\n` : describe(dir, report, repaired));
    return problemsIn(report) === 0 ? exitCodes.ok : exitCodes.error;
  } finally {
    await lock.value();
  }
}
