import { open, readFile, rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fail, ok, type Result } from '../../shared/result.ts';

/** Releases a held lock. */
export type ReleaseLock = () => Promise<void>;

const lockFileName = 'dossier.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; it still holds the library.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holderOf(file: string): Promise<number | null> {
  try {
    const pid = Number.parseInt(await readFile(file, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * After taking over a stale lock, how long to wait before checking that the lock is still ours: two
 * processes that both found the same stale lock each remove it and write their own, and the later
 * removal can take the earlier one's fresh lock (session 17 review: both held it in 70 of 400 tries).
 */
const takeoverSettleMs = 50;

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The lock file's content: the pid (read by `holderOf`), then a token no other taker shares. */
const lockContent = (): string => `${process.pid}\n${randomUUID()}\n`;

async function contentOf(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Takes the library's lock file so two Dossier processes never write the same library.
 * A lock left by a process that has died is taken over.
 */
export async function acquireLibraryLock(dir: string): Promise<Result<ReleaseLock>> {
  const file = join(dir, lockFileName);
  const content = lockContent();
  let tookOver = false;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(content);
      await handle.close();
      // Another taker of the same stale lock may have removed this one and written its own.
      if (tookOver) {
        await wait(takeoverSettleMs);
        if ((await contentOf(file)) !== content)
          return fail(
            'library-locked',
            `Another Dossier process took the lock of the library ${dir} at the same time.`,
          );
      }
      // Only our own lock is removed: never one another process wrote after a race.
      return ok(async () => {
        if ((await contentOf(file)) === content) await rm(file, { force: true });
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = await holderOf(file);
    if (pid !== null && isAlive(pid)) {
      return fail('library-locked', `The library ${dir} is open in another Dossier process (pid ${pid}).`);
    }
    // Stale: its owner is gone (or the file is unreadable garbage); remove and retry once.
    await rm(file, { force: true });
    tookOver = true;
  }
  return fail('library-locked', `Could not take the lock of the library ${dir}.`);
}
