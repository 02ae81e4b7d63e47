// Issue 7, "Never lose data": an import that fills the disk fails file by file, damages nothing
// already imported, and resumes once there is room again.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, type TestContext } from 'vitest';
import type { CliIo } from '../../../main/cli/cli-io.ts';
import { runCli } from '../../../main/cli/main.ts';
import { checkLibrary } from '../../../main/core/integrity/check-library.ts';
import { moveFile, repairLibrary } from '../../../main/core/integrity/repair-library.ts';
import { openLibrary } from '../../../main/core/library.ts';
import type { ImportBatch } from '../../../main/shared/types.ts';
import { importAndWait, tempDir } from '../core/import/library-test-kit.ts';
import {
  checkAndRepair,
  verifyCommitted,
  writePages,
  type CommittedArticle,
} from './support/durability-kit.ts';

const pageCount = 12;
// About 40 kB a page, so a 256 kB file system holds five or six originals.
const pagePadding = 40_000;

/** Mounts a tmpfs of this size at `dir`; null when it worked, else why not (not root, no CAP_SYS_ADMIN…). */
function mountTmpfs(dir: string, size: string): string | null {
  const options = `size=${size}`;
  const run = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' });
  if (run.error !== undefined) return String(run.error);
  return run.status === 0 ? null : run.stderr.trim() || `mount exited ${String(run.status)}`;
}

function remount(dir: string, size: string): void {
  const run = spawnSync('mount', ['-o', `remount,size=${size}`, dir], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`remount failed: ${run.stderr}`);
}

async function importFolder(libraryDir: string, folder: string): Promise<ImportBatch> {
  const opened = await openLibrary({ dir: libraryDir, workerCount: 1 });
  if (!opened.ok) throw new Error(`open failed: ${opened.error.code} ${opened.error.message}`);
  try {
    return await importAndWait(opened.value, { paths: [folder], uploads: false });
  } finally {
    await opened.value.close();
  }
}

/** Runs `dossier import <folder> --json` in this process: its exit code, outcome lines and stderr. */
async function cliImport(libraryDir: string, folder: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    isErrTty: false,
  };
  const code = await runCli(['import', folder, '--json', '--library', libraryDir], io);
  const outcomes = stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { status: string; error?: { code: string } });
  return { code, outcomes, stderr };
}

function committedOf(batch: ImportBatch, pages: readonly string[]): CommittedArticle[] {
  return batch.outcomes.flatMap((outcome) => {
    const id = outcome.id ?? outcome.duplicateOf?.id;
    if (outcome.status === 'failed' || id === undefined) return [];
    return [{ id, sourcePath: outcome.file, index: pages.indexOf(outcome.file) }];
  });
}

describe('an import onto a full disk', () => {
  const mounted: string[] = [];
  // Here rather than in a finally, so a timed-out test still unmounts before its folder is removed.
  afterEach(() => {
    for (const dir of mounted.splice(0)) spawnSync('umount', [dir]);
  });

  it('fails the files that do not fit with a clear error, keeps the others intact, and resumes with room', async (context) => {
    const libraryDir = await tempDir('dossier-full-library-');
    const originals = join(libraryDir, 'originals');
    await mkdir(originals);
    const why = mountTmpfs(originals, '256k');
    if (why !== null) {
      process.stderr.write(`disk-full test skipped: cannot mount a small tmpfs here (${why})\n`);
      context.skip(`cannot mount a small tmpfs: ${why}`);
      return;
    }
    mounted.push(originals);
    const pages = await writePages(
      join(await tempDir('dossier-full-pages-'), 'pages'),
      pageCount,
      pagePadding,
    );
    const first = await importFolder(libraryDir, join(pages[0] ?? '', '..'));
    const failed = first.outcomes.filter((outcome) => outcome.status === 'failed');
    expect(first.imported).toBeGreaterThan(0);
    expect(failed.length).toBeGreaterThan(0);
    for (const outcome of failed) {
      expect(outcome.error?.code).toBe('disk-full');
      expect(outcome.error?.message).toMatch(/^Cannot store the original: .*ENOSPC/);
    }
    const before = committedOf(first, pages);
    // Nothing half-written stays behind on the full disk, and what was imported is whole.
    const report = await checkAndRepair(libraryDir);
    expect(report.findings.filter((finding) => finding.severity === 'problem')).toEqual([]);
    expect(await verifyCommitted(libraryDir, before)).toBe(before.length);

    // Still full: the CLI says so plainly, exits non-zero, and the files already in are duplicates.
    const cli = await cliImport(libraryDir, join(pages[0] ?? '', '..'));
    expect(cli.code).toBe(3);
    expect(cli.stderr).toContain(
      `dossier import: the disk is full, so ${failed.length} files were not imported. ` +
        'Nothing already in the library was changed.\n' +
        'Free some space and run the same import again: files already imported are skipped as duplicates.\n',
    );
    expect(cli.outcomes.filter((outcome) => outcome.status === 'duplicate')).toHaveLength(before.length);
    const cliFailed = cli.outcomes.filter((outcome) => outcome.status === 'failed');
    expect(cliFailed.map((outcome) => outcome.error?.code)).toEqual(failed.map(() => 'disk-full'));
    await checkAndRepair(libraryDir);

    remount(originals, '4m');
    const second = await importFolder(libraryDir, join(pages[0] ?? '', '..'));
    expect(second.failed).toBe(0);
    expect(second.imported).toBe(failed.length);
    expect(second.duplicates).toBe(before.length);
    const after = committedOf(second, pages);
    for (const article of before) expect(after).toContainEqual(article);
    expect((await checkAndRepair(libraryDir)).findings).toEqual([]);
    expect(await verifyCommitted(libraryDir, after)).toBe(pageCount);
  }, 180_000);

  /**
   * A library folder on a 2 MB tmpfs of its own (an empty library's database is 0.9 MB with 16 KB pages);
   * null (the test skipped) where none can be mounted.
   */
  async function libraryOnSmallDisk(prefix: string, context: TestContext): Promise<string | null> {
    const libraryDir = join(await tempDir(prefix), 'library');
    await mkdir(libraryDir);
    const why = mountTmpfs(libraryDir, '2m');
    if (why !== null) {
      context.skip(`cannot mount a small tmpfs: ${why}`);
      return null;
    }
    mounted.push(libraryDir);
    return libraryDir;
  }

  /** Imports 14 padded pages until the disk is full: each failure is disk-full, saying `message`. */
  async function importUntilFull(libraryDir: string, message: RegExp) {
    const pages = await writePages(join(await tempDir('dossier-full-db-pages-'), 'pages'), 14, pagePadding);
    const folder = join(pages[0] ?? '', '..');
    const first = await importFolder(libraryDir, folder);
    const failed = first.outcomes.filter((outcome) => outcome.status === 'failed');
    expect(first.imported).toBeGreaterThan(0);
    expect(failed.length).toBeGreaterThan(0);
    for (const outcome of failed) {
      expect(outcome.error?.code).toBe('disk-full');
      expect(outcome.error?.message).toMatch(message);
    }
    const before = committedOf(first, pages);
    expect(await verifyCommitted(libraryDir, before)).toBe(before.length);
    return { pages, folder, failed, before };
  }

  /** Gives the library room, imports the same folder again, and expects every page in, intact. */
  async function resumeWithRoom(libraryDir: string, run: Awaited<ReturnType<typeof importUntilFull>>) {
    remount(libraryDir, '16m');
    const second = await importFolder(libraryDir, run.folder);
    expect([second.failed, second.imported, second.duplicates]).toEqual([
      0,
      run.failed.length,
      run.before.length,
    ]);
    expect((await checkAndRepair(libraryDir)).findings).toEqual([]);
    expect(await verifyCommitted(libraryDir, committedOf(second, run.pages))).toBe(run.pages.length);
  }

  it('fails with disk-full, not an internal error, when the database shares the full disk', async (context) => {
    const libraryDir = await libraryOnSmallDisk('dossier-full-db-', context);
    if (libraryDir === null) return;
    // Whichever write meets the full disk first, the original's or the database's, says so.
    const run = await importUntilFull(
      libraryDir,
      /^(Cannot store the original: .*ENOSPC|Cannot save the article: .*database or disk is full)/,
    );
    await checkAndRepair(libraryDir);
    expect(await verifyCommitted(libraryDir, run.before)).toBe(run.before.length);
    await resumeWithRoom(libraryDir, run);
  }, 180_000);

  it('fails at the database commit, and moves nothing it cannot, when only the database disk is full', async (context) => {
    const libraryDir = await libraryOnSmallDisk('dossier-full-db-only-', context);
    if (libraryDir === null) return;
    // The originals have a disk of their own with room to spare, so the database's is what fills.
    const originals = join(libraryDir, 'originals');
    await mkdir(originals);
    expect(mountTmpfs(originals, '16m')).toBeNull();
    mounted.unshift(originals);
    const run = await importUntilFull(libraryDir, /^Cannot save the article: .*database or disk is full/);
    // The originals of the failed saves are orphans; lost+found/ is on the full disk, so they stay put.
    const report = await checkLibrary(libraryDir);
    expect(report.database).toBe('sound');
    const orphans = report.findings.map((finding) => [finding.kind, finding.path]);
    expect(orphans).toHaveLength(run.failed.length);
    for (const [kind] of orphans) expect(kind).toBe('orphan-file');
    const repair = await repairLibrary(libraryDir, report);
    expect(repair.movedToLostAndFound).toBe(0);
    expect(repair.notMoved.map((left) => left.path)).toEqual(orphans.map(([, path]) => path));
    for (const left of repair.notMoved) expect(left.reason).toMatch(/ENOSPC/);
    expect((await checkLibrary(libraryDir)).findings).toEqual(report.findings);
    // With room, importing again stores those files under the same names and the orphans are claimed.
    await resumeWithRoom(libraryDir, run);
  }, 180_000);

  it('moves a stray file to a folder on another file system by copying it, then removing the first', async (context) => {
    const target = await tempDir('dossier-other-fs-');
    const why = mountTmpfs(target, '1m');
    if (why !== null) {
      context.skip(`cannot mount a small tmpfs: ${why}`);
      return;
    }
    mounted.push(target);
    const from = join(await tempDir('dossier-stray-'), 'stray');
    await writeFile(from, 'stray bytes');
    await moveFile(from, join(target, 'stray'));
    expect(await readFile(join(target, 'stray'), 'utf8')).toBe('stray bytes');
    await expect(stat(from)).rejects.toThrow(/ENOENT/);
  });
});
