import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/**
 * Empties the OS page cache (Linux, as root), so that the next reopen and queries read the library
 * from disk as after a restart. Throws with what it needs where it cannot.
 */
export function dropOsCache(): void {
  execFileSync('sync');
  try {
    writeFileSync('/proc/sys/vm/drop_caches', '3');
  } catch (error) {
    throw new Error(`--cold needs Linux and root (it writes /proc/sys/vm/drop_caches): ${String(error)}`, {
      cause: error,
    });
  }
}
