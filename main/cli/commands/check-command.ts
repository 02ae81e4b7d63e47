import { checkLibrary, type CheckReport } from '../../core/integrity/check-library.ts';
import { repairLibrary, type RepairOutcome } from '../../core/integrity/repair-library.ts';
import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';
import { onClosedLibrary } from '../closed-library.ts';

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
  // Checked only while no one writes: an import in progress would look like orphaned files.
  return onClosedLibrary('check', args, flags, io, async (dir) => {
    let report = await checkLibrary(dir);
    let repaired: RepairOutcome | null = null;
    if (repair && problemsIn(report) > 0) {
      repaired = await repairLibrary(dir, report);
      report = await checkLibrary(dir);
    }
    io.out(flags.json ? `${JSON.stringify({ ...report, repaired })}\n` : describe(dir, report, repaired));
    return problemsIn(report) === 0 ? exitCodes.ok : exitCodes.error;
  });
}
