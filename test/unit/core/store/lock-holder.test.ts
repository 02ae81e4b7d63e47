import { describe, expect, it } from 'vitest';
import { holderIn, judgeLock, lockContent, type LockTaker } from '../../../../main/core/store/lock-holder.ts';
import type { ProcessPlace, ProcessStart } from '../../../../main/core/store/process-place.ts';

const here: ProcessPlace = { machine: 'machine-a', boot: 'boot-2', namespaces: 'pid:[10] time:[20]' };
const running: ProcessStart = { ticks: '500', zombie: false };

/** A taker on computer "alpha", place `here`, to whom pid 42 runs as started at `now` (null: unreadable). */
function taker(now: ProcessStart | null = running, place: ProcessPlace | null = here): LockTaker {
  return {
    host: 'alpha',
    place,
    isAlive: (pid) => pid === 42,
    startOf: (pid) => Promise.resolve(pid === 42 ? now : null),
  };
}

/** A lock written by pid 42 on `host`, at `place`, started at `start`. */
const lock = (
  host = 'alpha',
  place: ProcessPlace | null = here,
  start: ProcessStart | null = running,
  pid = 42,
) => holderIn(lockContent(pid, 'token', host, place, start));

describe('judging who holds a library lock', () => {
  it('holds for the running process that wrote it', async () => {
    expect(await judgeLock(lock(), taker())).toBe('held');
  });

  it('is stale when the pid is dead, or now names a later process, or an exited one not yet reaped', async () => {
    expect(await judgeLock(lock('alpha', here, running, 7), taker())).toBe('stale');
    expect(await judgeLock(lock(), taker({ ticks: '900', zombie: false }))).toBe('stale');
    expect(await judgeLock(lock(), taker({ ticks: '500', zombie: true }))).toBe('stale');
  });

  it('is stale when this computer has started again since, whatever runs under the pid now', async () => {
    expect(await judgeLock(lock('alpha', { ...here, boot: 'boot-1' }), taker())).toBe('stale');
  });

  it('is held elsewhere when written in another container or sandbox of this computer, whose pids mean nothing here', async () => {
    expect(await judgeLock(lock('alpha', { ...here, namespaces: 'pid:[11] time:[20]' }), taker())).toBe(
      'elsewhere',
    );
    // A container has its own name and machine id, but runs on the same kernel boot.
    const container = { machine: 'image-id', boot: 'boot-2', namespaces: 'pid:[12] time:[21]' };
    expect(await judgeLock(lock('container-1', container, running, 1), taker())).toBe('elsewhere');
  });

  it('is held elsewhere when written on another computer, even one with the same name', async () => {
    const other = { machine: 'machine-b', boot: 'boot-9', namespaces: 'pid:[10] time:[20]' };
    expect(await judgeLock(lock('beta', other), taker())).toBe('elsewhere');
    expect(await judgeLock(lock('alpha', other), taker())).toBe('elsewhere');
    expect(await judgeLock(lock('beta', null, null), taker(running, null))).toBe('elsewhere');
  });

  it("reads this computer renamed since as this computer: its dead writer's lock is stale", async () => {
    expect(await judgeLock(lock('old-name', here, running, 7), taker())).toBe('stale');
  });

  it('judges an older lock, or one read where the system says nothing, by its pid alone', async () => {
    const twoLines = holderIn('42\ntoken\n');
    expect(await judgeLock(twoLines, taker())).toBe('held');
    expect(await judgeLock(holderIn('7\n'), taker())).toBe('stale');
    expect(await judgeLock(lock('alpha', null, null), taker(running, null))).toBe('held');
    expect(await judgeLock(lock(), taker(null))).toBe('held');
  });

  it('is stale when it names no pid', async () => {
    expect(await judgeLock(holderIn(''), taker())).toBe('stale');
    expect(await judgeLock(holderIn('not a pid\n'), taker())).toBe('stale');
  });
});
