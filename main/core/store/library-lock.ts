import { link, mkdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fail, ok, type Result } from '../../shared/result.ts';
import { processStamp } from './process-stamp.ts';

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

/** Who a lock's content says holds it: a pid, and (locks since session 18) the computer and the process's stamp. */
interface Holder {
  readonly pid: number | null;
  readonly host: string | null;
  readonly stamp: string | null;
}

/** Lines: the pid, a token, the computer's name, the process's stamp (empty where the system gives none). */
function holderIn(content: string): Holder {
  const [pidLine = '', , host, stamp] = content.split('\n');
  const pid = Number.parseInt(pidLine, 10);
  return {
    pid: Number.isSafeInteger(pid) && pid > 0 ? pid : null,
    host: host === undefined || host === '' ? null : host,
    stamp: stamp === undefined || stamp === '' ? null : stamp,
  };
}

/**
 * Whether the process that wrote a lock still runs: its pid is alive, and (where the system gives a
 * stamp) the process now under that pid is the one that wrote it, not a later one given the same pid.
 */
async function holderRuns(holder: Holder & { pid: number }): Promise<boolean> {
  if (!isAlive(holder.pid)) return false;
  if (holder.stamp === null) return true;
  const now = await processStamp(holder.pid);
  return now === null || now === holder.stamp;
}

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
 * a process that has died (or holding no pid, or whose pid now names a later process) is taken over:
 * removed only if it still holds what was read, one taker at a time. One written on another computer
 * is never taken over: whether its process runs cannot be told from here.
 */
export async function acquireLibraryLock(dir: string): Promise<Result<ReleaseLock>> {
  const file = join(dir, lockFileName);
  // pid, then a token no other taker shares, then what tells this process from a later one.
  const content = `${process.pid}\n${randomUUID()}\n${hostname()}\n${(await processStamp(process.pid)) ?? ''}\n`;
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
    const { pid } = holder;
    // A pid names a process on its own computer only: a library on a shared drive may be open on another.
    if (pid !== null && holder.host !== null && holder.host !== hostname())
      return fail(
        'library-locked',
        `The library ${dir} is open in Dossier on ${holder.host} (pid ${pid}), or was when that computer stopped. ` +
          `If it is not open there, delete ${file} and try again.`,
      );
    if (pid !== null && (await holderRuns({ ...holder, pid })))
      return fail('library-locked', `The library ${dir} is open in another Dossier process (pid ${pid}).`);
    if (!(await removeIfStill(dir, file, seen))) await wait(retryMs);
  }
  return fail('library-locked', `Could not take the lock of the library ${dir}.`);
}
