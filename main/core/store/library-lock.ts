import { open, readFile, rm } from 'node:fs/promises';
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
 * Takes the library's lock file so two Dossier processes never write the same library.
 * A lock left by a process that has died is taken over.
 */
export async function acquireLibraryLock(dir: string): Promise<Result<ReleaseLock>> {
  const file = join(dir, lockFileName);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return ok(() => rm(file, { force: true }));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = await holderOf(file);
    if (pid !== null && isAlive(pid)) {
      return fail('library-locked', `The library ${dir} is open in another Dossier process (pid ${pid}).`);
    }
    // Stale: its owner is gone (or the file is unreadable garbage); remove and retry once.
    await rm(file, { force: true });
  }
  return fail('library-locked', `Could not take the lock of the library ${dir}.`);
}
