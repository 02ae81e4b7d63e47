import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { LibraryHealth, LibraryHealthProblem } from '../../shared/health-types.ts';
import type { CheckFinding, CheckReport } from './check-library.ts';
import { damageAdvice, shellQuote } from './open-failure-advice.ts';
import { lostAndFoundFolder, lostAndFoundPath, moveFile, repairLibrary } from './repair-library.ts';

/** What the open library needs to repair the findings of its start-up check. */
export interface RepairWhileOpenContext {
  readonly dir: string;
  readonly db: DatabaseSync;
  /** When this process opened the library (ms since the epoch). */
  readonly openedAt: number;
  readonly checkedAt: Date;
}

async function modifiedMs(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

function referenced(db: DatabaseSync, sha256: string): boolean {
  const row = db
    .prepare('SELECT 1 FROM originals WHERE sha256 = ? UNION ALL SELECT 1 FROM assets WHERE sha256 = ?')
    .get(sha256, sha256);
  return row !== undefined;
}

/**
 * Whether a stray file is a crash leftover that is safe to move aside now. Files written since this
 * process opened the library may belong to an import in flight (the original is durable before its
 * row commits), and a row may have appeared since the worker's snapshot.
 */
async function isLeftover(context: RepairWhileOpenContext, finding: CheckFinding): Promise<boolean> {
  if (finding.path === undefined) return false;
  if (finding.kind !== 'orphan-file' && finding.kind !== 'temp-file') return false;
  const mtime = await modifiedMs(join(context.dir, finding.path));
  if (mtime === null || mtime >= context.openedAt) return false;
  return finding.kind === 'temp-file' || !referenced(context.db, basename(finding.path));
}

/**
 * Puts a moved orphan back when an import claimed it meanwhile: one storing the same bytes between
 * the check and the move renames a fresh file onto that name (so the moved file is new) and then
 * commits a row for it. Without this, that article's row would point at nothing. True when put back.
 */
export async function putBackIfClaimed(context: RepairWhileOpenContext, path: string): Promise<boolean> {
  const moved = lostAndFoundPath(context.dir, path);
  const mtime = await modifiedMs(moved);
  const claimed = mtime !== null && mtime >= context.openedAt;
  if (!claimed && !referenced(context.db, basename(path))) return false;
  // Same bytes under the same name: if another import wrote it again meanwhile, this replaces it harmlessly.
  await moveFile(moved, join(context.dir, path));
  return true;
}

/** A stray file an import turned out to own: neither repaired nor a problem. */
const claimed = Symbol('claimed by an import');

async function repairOne(
  context: RepairWhileOpenContext,
  report: CheckReport,
  finding: CheckFinding,
): Promise<string | typeof claimed | null> {
  try {
    const outcome = await repairLibrary(context.dir, { ...report, findings: [finding] });
    if (outcome.removedTempFiles > 0)
      return `Removed ${finding.path ?? ''}, an unfinished write left by a crash.`;
    if (outcome.movedToLostAndFound > 0 && finding.path !== undefined) {
      if (await putBackIfClaimed(context, finding.path)) return claimed;
      return `Moved ${finding.path} into ${lostAndFoundFolder}/: it belonged to no article.`;
    }
  } catch {
    // Left as a problem below: the user sees it and `dossier check --repair` can try again.
  }
  return null;
}

function adviceFor(dir: string, problems: readonly LibraryHealthProblem[]): string[] {
  if (problems.length === 0) return [];
  const backup = [
    'Make a backup now, before anything else changes (it is safe while Dossier is open):',
    `  dossier backup <new-folder> --library ${shellQuote(dir)}`,
    'Then quit Dossier.',
  ];
  const lines = damageAdvice(dir);
  if (problems.some((problem) => problem.kind === 'database')) return [...backup, ...lines];
  // Only files are wrong: the database is fine, so the first line (about the database) does not apply.
  return [...backup, 'Nothing was deleted or overwritten.', ...lines.slice(1)];
}

/**
 * Turns the start-up check's report into the library's health: repairs what is safe while the
 * library is open (the same moves as `dossier check --repair`), and explains the rest.
 */
export async function repairWhileOpen(
  context: RepairWhileOpenContext,
  report: CheckReport,
): Promise<LibraryHealth> {
  const problems: LibraryHealthProblem[] = [];
  const repaired: string[] = [];
  for (const finding of report.findings) {
    // The index lives in memory while the library is open; its manifest on disk lags by design.
    if (finding.severity !== 'problem') continue;
    // Emptying the Trash deletes rows, then files: a file missing from the worker's snapshot may be gone by now.
    const stillListed = finding.path === undefined || referenced(context.db, basename(finding.path));
    if ((finding.kind === 'missing-file' || finding.kind === 'tampered-file') && !stillListed) continue;
    if (finding.kind === 'orphan-file' || finding.kind === 'temp-file') {
      // Written during this run (an import in flight) or gone since: not a problem, and not ours to move.
      if (!(await isLeftover(context, finding))) continue;
      const done = await repairOne(context, report, finding);
      if (done === claimed) continue;
      if (done !== null) {
        repaired.push(done);
        continue;
      }
    }
    // The core's message ends with generic advice; the exact commands in `advice` replace it.
    const [message = finding.message] = finding.message.split(' Nothing was changed.');
    problems.push({
      kind: finding.kind,
      ...(finding.path === undefined ? {} : { path: finding.path }),
      message,
    });
  }
  return {
    state: problems.length > 0 ? 'damaged' : repaired.length > 0 ? 'repaired' : 'ok',
    checkedAt: context.checkedAt.toISOString(),
    problems,
    repaired,
    advice: adviceFor(context.dir, problems),
  };
}
