import type { ProcessPlace, ProcessStart } from './process-place.ts';

/**
 * Who a lock file says holds the library. Lines: the pid, a token no other taker shares, then (since
 * session 18) the computer's name, its machine id, boot and namespaces, and the process's start ticks,
 * each empty where the system gave none. Older locks have the first two lines only, or the pid alone.
 */
export interface LockHolder {
  readonly pid: number | null;
  readonly host: string | null;
  readonly machine: string | null;
  readonly boot: string | null;
  readonly namespaces: string | null;
  readonly ticks: string | null;
}

/** The lock content for this process. */
export function lockContent(
  pid: number,
  token: string,
  host: string,
  place: ProcessPlace | null,
  start: ProcessStart | null,
): string {
  const lines = [pid, token, host, place?.machine, place?.boot, place?.namespaces, start?.ticks];
  return `${lines.map((line) => String(line ?? '').replace(/\n/gu, ' ')).join('\n')}\n`;
}

/** Reads a lock file's content (any of its formats). */
export function holderIn(content: string): LockHolder {
  const [pidLine = '', , host, machine, boot, namespaces, ticks] = content.split('\n');
  const pid = Number.parseInt(pidLine, 10);
  const given = (line: string | undefined): string | null =>
    line === undefined || line === '' ? null : line;
  return {
    pid: Number.isSafeInteger(pid) && pid > 0 ? pid : null,
    host: given(host),
    machine: given(machine),
    boot: given(boot),
    namespaces: given(namespaces),
    ticks: given(ticks),
  };
}

/** What a taker knows of itself, and how it looks at a pid. */
export interface LockTaker {
  readonly host: string;
  readonly place: ProcessPlace | null;
  readonly isAlive: (pid: number) => boolean;
  readonly startOf: (pid: number) => Promise<ProcessStart | null>;
}

/**
 * Whether a lock is held: by a process seen running (`held`), by one that cannot be seen from here
 * (`elsewhere`: another computer sharing the drive, or a sandbox or container of this one, whose pids
 * mean nothing here), or by none (`stale`: its process died, its boot is over, or its pid now names
 * a later process). Only a stale lock may be taken over.
 */
export async function judgeLock(
  holder: LockHolder,
  taker: LockTaker,
): Promise<'held' | 'elsewhere' | 'stale'> {
  const { pid } = holder;
  if (pid === null) return 'stale';
  const place = taker.place;
  const sameBoot = place !== null && holder.boot === place.boot;
  // The same computer: the same running kernel, or the same machine id, or (where there is none) the same name.
  const sameComputer =
    sameBoot ||
    (place !== null && place.machine !== '' && holder.machine !== null
      ? holder.machine === place.machine
      : holder.host === null || holder.host === taker.host);
  if (!sameComputer) return 'elsewhere';
  // This computer has started again since: every process of that boot is gone.
  if (place !== null && holder.boot !== null && !sameBoot) return 'stale';
  const sameNamespaces = place !== null && holder.namespaces === place.namespaces;
  if (place !== null && holder.namespaces !== null && !sameNamespaces) return 'elsewhere';
  if (!taker.isAlive(pid)) return 'stale';
  if (!sameNamespaces || holder.ticks === null) return 'held';
  const now = await taker.startOf(pid);
  if (now === null) return 'held';
  return now.zombie || now.ticks !== holder.ticks ? 'stale' : 'held';
}
