import { readFile, readlink } from 'node:fs/promises';

/**
 * Where a process runs, as far as telling from a lock file whether its writer still runs goes. Given
 * on Linux, where the system says; null elsewhere (macOS, Windows), where a lock is judged by its pid.
 */
export interface ProcessPlace {
  /** `/etc/machine-id`: this computer whatever it is named (empty where there is none). */
  readonly machine: string;
  /** This boot of it (`/proc/sys/kernel/random/boot_id`). */
  readonly boot: string;
  /**
   * The pid and time namespaces: a pid names the same process, and its start time reads the same,
   * only inside the same ones (a Flatpak sandbox or a container has its own).
   */
  readonly namespaces: string;
}

const firstLine = async (path: string): Promise<string> =>
  (await readFile(path, 'utf8').catch(() => '')).trim();

/** Where this process runs, or null where the system does not say. */
export async function placeOfThisProcess(): Promise<ProcessPlace | null> {
  if (process.platform !== 'linux') return null;
  const boot = await firstLine('/proc/sys/kernel/random/boot_id');
  if (boot === '') return null;
  const namespaces = await Promise.all(
    ['pid', 'time'].map((kind) => readlink(`/proc/self/ns/${kind}`).catch(() => '?')),
  );
  return { machine: await firstLine('/etc/machine-id'), boot, namespaces: namespaces.join(' ') };
}

/** A running process as the system shows it: when it started, and whether it has exited unreaped. */
export interface ProcessStart {
  /** Clock ticks from boot to its start: two processes given the same pid in turn differ here. */
  readonly ticks: string;
  /** Exited, waiting for its parent to collect it: holds nothing any more. */
  readonly zombie: boolean;
}

/** How the process now under `pid` started (Linux), or null where that cannot be read. */
export async function processStart(pid: number): Promise<ProcessStart | null> {
  if (process.platform !== 'linux') return null;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) state ppid …": the command may hold spaces and parentheses; the fields after its
    // closing one are numbered from 3 (the state), and the start time is field 22.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = fields[22 - 3];
    return ticks === undefined || !/^\d+$/u.test(ticks) ? null : { ticks, zombie: fields[0] === 'Z' };
  } catch {
    return null;
  }
}
