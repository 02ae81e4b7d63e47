import { link, mkdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fail, ok, type Result } from '../../shared/result.ts';
import { holderIn, judgeLock, lockContent, type LockTaker } from './lock-holder.ts';
import { placeOfThisProcess, processStart } from './process-place.ts';

/** Releases a held lock. */
export type ReleaseLock = () => Promise<void>;

const lockFileName = 'dossier.lock';
/** Held (a folder: `mkdir` is atomic everywhere) while one taker removes a stale lock. */
const takeoverName = 'dossier.lock.takeover';
/** A takeover folder older than this was left by a process that died mid-takeover. */
const staleTakeoverMs = 10_000;
/** How long a taker waits between tries while another one is taking a stale lock over. */
const retryMs = 20;
/** Tries before giving up (a takeover takes a few ms; 100 tries are two seconds). */
const tries = 100;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; it still holds the library.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const code = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

/** The lock file's content, or null when there is none. */
async function contentOf(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (code(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Where a lock that cannot be checked from here was written, for its error. */
const whereHeld = (host: string | null): string =>
  host === null || host === hostname() ? 'in another container or sandbox of this computer' : `on ${host}`;

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Puts `content` in place as the lock file, whole or not at all: written to a name of its own, then
 * hard-linked to the lock's name (which fails if a lock exists). A lock made by `open(wx)` then a
 * write was empty for a moment, and a second taker read that as a stale lock and removed it (session
 * 17 review: two live holders in 4 of 150 simultaneous starts). False when a lock exists.
 */
async function placeLock(file: string, content: string): Promise<boolean> {
  const draft = `${file}.${randomUUID()}`;
  await writeFile(draft, content, { flag: 'wx' });
  try {
    await link(draft, file);
    return true;
  } catch (error) {
    if (code(error) === 'EEXIST') return false;
    // A file system without hard links (exFAT, some network shares): created and written in one call.
    if (!noHardLinks.has(code(error) ?? '')) throw error;
  } finally {
    await rm(draft, { force: true });
  }
  try {
    await writeFile(file, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if (code(error) === 'EEXIST') return false;
    throw error;
  }
}

/** What `link` fails with where the file system has no hard links. */
const noHardLinks: ReadonlySet<string> = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK']);

/**
 * Removes the lock file if it still holds `seen` (a dead process's lock), under the takeover folder
 * so that two takers cannot both remove, one of them after the other has placed its own. False when
 * another taker holds the takeover folder (try again shortly).
 */
async function removeIfStill(dir: string, file: string, seen: string): Promise<boolean> {
  const mutex = join(dir, takeoverName);
  try {
    await mkdir(mutex);
  } catch (error) {
    if (code(error) !== 'EEXIST') throw error;
    const since = await stat(mutex).then(
      (info) => Date.now() - info.mtimeMs,
      () => 0,
    );
    if (since > staleTakeoverMs) await rmdir(mutex).catch(() => undefined);
    return false;
  }
  try {
    if ((await contentOf(file)) === seen) await rm(file, { force: true });
    return true;
  } finally {
    await rmdir(mutex).catch(() => undefined);
  }
}

/**
 * Takes the library's lock file so two Dossier processes never write the same library. A lock left by
 * a process that has died (or holding no pid, or, on Linux, from an earlier boot or whose pid now names
 * a later process) is taken over: removed only if it still holds what was read, one taker at a time.
 * One written on another computer, or in another container or sandbox, is never taken over: whether
 * its process runs cannot be told from here (lock-holder.ts).
 */
export async function acquireLibraryLock(dir: string): Promise<Result<ReleaseLock>> {
  const file = join(dir, lockFileName);
  const place = await placeOfThisProcess();
  const content = lockContent(process.pid, randomUUID(), hostname(), place, await processStart(process.pid));
  const taker: LockTaker = { host: hostname(), place, isAlive, startOf: processStart };
  for (let attempt = 0; attempt < tries; attempt += 1) {
    if (await placeLock(file, content))
      // Only our own lock is removed: never one another process placed after ours was taken over.
      return ok(async () => {
        if ((await contentOf(file)) === content) await rm(file, { force: true });
      });
    const seen = await contentOf(file);
    // Gone between the two steps: try again.
    if (seen === null) continue;
    const holder = holderIn(seen);
    const verdict = await judgeLock(holder, taker);
    if (verdict === 'held')
      return fail(
        'library-locked',
        `The library ${dir} is open in another Dossier process (pid ${holder.pid}).`,
      );
    if (verdict === 'elsewhere')
      return fail(
        'library-locked',
        `The library ${dir} is open in Dossier ${whereHeld(holder.host)} (pid ${holder.pid}), or was when it stopped. ` +
          `If Dossier is not open there, delete ${file} and try again.`,
      );
    if (!(await removeIfStill(dir, file, seen))) await wait(retryMs);
  }
  return fail('library-locked', `Could not take the lock of the library ${dir}.`);
}
