import { readFile } from 'node:fs/promises';

/**
 * What tells a running process apart from a later one given the same pid, where the system says:
 * on Linux, the boot it runs in and the moment it started (in clock ticks since that boot). A lock
 * left by a process that died names a pid the system may since have given to another program (after
 * a crash and a restart, low pids are handed out again): its stamp then differs. Null where the
 * system does not say (macOS, Windows) or the process is gone.
 */
export async function processStamp(pid: number): Promise<string | null> {
  if (process.platform !== 'linux') return null;
  try {
    const [boot, stat] = await Promise.all([
      readFile('/proc/sys/kernel/random/boot_id', 'utf8'),
      readFile(`/proc/${pid}/stat`, 'utf8'),
    ]);
    // "pid (command) state ppid …": the command may hold spaces and parentheses; the fields after
    // its closing one are numbered from 3, and the start time is field 22.
    const started = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[22 - 3];
    return started === undefined || !/^\d+$/u.test(started) ? null : `${boot.trim()}/${started}`;
  } catch {
    return null;
  }
}
