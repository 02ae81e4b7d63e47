import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import type { CheckReport } from './check-library.ts';

/** The folder inside a library where `dossier check --repair` puts files it will not delete. */
export const lostAndFoundFolder = 'lost+found';

/** What a repair did. */
export interface RepairOutcome {
  readonly removedTempFiles: number;
  readonly movedToLostAndFound: number;
  /** Stray files that could not be moved (a full disk under lost+found/, say): left where they were. */
  readonly notMoved: readonly { readonly path: string; readonly reason: string }[];
}

function isTempWrite(path: string): boolean {
  // Only our own unfinished writes (`<folder>/tmp/<hash>.<uuid>.part`) are ever deleted.
  return dirname(path).endsWith(`${sep}tmp`) && path.endsWith('.part');
}

/** Where `dossier check --repair` moves a stray file (given relative to the library): lost+found/<top folder>/<name>. */
export function lostAndFoundPath(dir: string, path: string): string {
  return join(dir, lostAndFoundFolder, dirname(path).split(sep)[0] ?? '', basename(path));
}

/**
 * Moves a file, copying it across file systems when it must (an `originals/` folder mounted apart
 * from the library). A copy that fails, on a full disk say, is removed and the file stays where it was.
 */
export async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  }
  const part = `${to}.part`;
  try {
    await copyFile(from, part);
    await rename(part, to);
  } catch (error) {
    await rm(part, { force: true });
    throw error;
  }
  await rm(from);
}

/**
 * Repairs what can be repaired without losing anything: deletes unfinished temp writes and moves
 * orphaned files into lost+found/. Missing or changed files and a damaged database are left alone.
 * The library must not be open in any process.
 */
export async function repairLibrary(dir: string, report: CheckReport): Promise<RepairOutcome> {
  let removedTempFiles = 0;
  let movedToLostAndFound = 0;
  const notMoved: { path: string; reason: string }[] = [];
  for (const finding of report.findings) {
    if (finding.path === undefined) continue;
    if (finding.kind === 'temp-file' && isTempWrite(finding.path)) {
      await rm(join(dir, finding.path), { force: true });
      removedTempFiles += 1;
    } else if (finding.kind === 'orphan-file' || finding.kind === 'temp-file') {
      const target = lostAndFoundPath(dir, finding.path);
      try {
        await mkdir(dirname(target), { recursive: true });
        await moveFile(join(dir, finding.path), target);
        movedToLostAndFound += 1;
      } catch (error) {
        notMoved.push({ path: finding.path, reason: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return { removedTempFiles, movedToLostAndFound, notMoved };
}
