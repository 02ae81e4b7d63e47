import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLibraryLock } from '../../../../main/core/store/library-lock.ts';
import { lockContent } from '../../../../main/core/store/lock-holder.ts';
import { placeOfThisProcess, processStart } from '../../../../main/core/store/process-place.ts';
import { tempDir } from '../import/library-test-kit.ts';

/** A pid no process has (above the kernel's pid_max on Linux). */
const deadPid = 99_999_999;

describe('the library lock', () => {
  it('refuses a second taker while the first holds it', async () => {
    const dir = await tempDir();
    const first = await acquireLibraryLock(dir);
    const second = await acquireLibraryLock(dir);
    expect(first.ok).toBe(true);
    expect(second.ok).toBe(false);
    if (first.ok) await first.value();
  });

  it('lets exactly one of two takers have a stale lock they found at nearly the same time', async () => {
    // Without the check after a takeover, both held it in about one try of six (the second taker
    // starting a moment later: a turn of the event loop, or up to 2 ms).
    for (let run = 0; run < 40; run += 1) {
      const dir = await tempDir();
      await writeFile(join(dir, 'dossier.lock'), String(deadPid));
      const moment =
        run % 2 === 0
          ? new Promise((resolve) => setImmediate(resolve))
          : new Promise((resolve) => setTimeout(resolve, (run % 20) / 10));
      const takers = await Promise.all([acquireLibraryLock(dir), moment.then(() => acquireLibraryLock(dir))]);
      expect(takers.filter((taker) => taker.ok)).toHaveLength(1);
      for (const taker of takers) if (taker.ok) await taker.value();
    }
  });

  it('does not remove a lock another process wrote after its own was taken from it', async () => {
    const dir = await tempDir();
    const held = await acquireLibraryLock(dir);
    if (!held.ok) throw new Error(held.error.message);
    await writeFile(join(dir, 'dossier.lock'), `${process.pid}\nsomeone else's token\n`);

    await held.value();

    expect(await readFile(join(dir, 'dossier.lock'), 'utf8')).toContain("someone else's token");
  });

  it('lets exactly one of two takers starting at the same moment have a library no one holds', async () => {
    // A lock made by open(wx) and then written was empty for a moment: the other taker removed it as
    // stale (two holders in 4 of 150 simultaneous starts of two processes, 1 in 400 in one process).
    for (let run = 0; run < 200; run += 1) {
      const dir = await tempDir();
      const takers = await Promise.all([acquireLibraryLock(dir), acquireLibraryLock(dir)]);
      expect(takers.filter((taker) => taker.ok)).toHaveLength(1);
      for (const taker of takers) if (taker.ok) await taker.value();
    }
  });

  it('takes over a stale lock even where a takeover was left half-done by a process that died', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'dossier.lock'), String(deadPid));
    await mkdir(join(dir, 'dossier.lock.takeover'));
    const longAgo = new Date(Date.now() - 60_000);
    await utimes(join(dir, 'dossier.lock.takeover'), longAgo, longAgo);

    const taken = await acquireLibraryLock(dir);

    expect(taken.ok).toBe(true);
    if (taken.ok) await taken.value();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a lock whose pid runs and is the process that wrote it', async () => {
    const dir = await tempDir();
    const place = await placeOfThisProcess();
    const start = await processStart(process.pid);
    await writeFile(join(dir, 'dossier.lock'), lockContent(process.pid, 'token', hostname(), place, start));

    const taken = await acquireLibraryLock(dir);

    expect(taken.ok).toBe(false);
    if (!taken.ok)
      expect(taken.error.message).toContain(`open in another Dossier process (pid ${process.pid})`);
  });

  it.runIf(process.platform === 'linux')(
    'takes over a lock whose pid now names a later process (a crash, a restart, the pid given again)',
    async () => {
      const dir = await tempDir();
      const place = await placeOfThisProcess();
      // This process's pid, but started at another moment: the writer has died and its pid was reused.
      const lock = lockContent(process.pid, 'token', hostname(), place, { ticks: '1', zombie: false });
      await writeFile(join(dir, 'dossier.lock'), lock);

      const taken = await acquireLibraryLock(dir);

      expect(taken.ok).toBe(true);
      if (taken.ok) await taken.value();
      expect(await readdir(dir)).toEqual([]);
    },
  );

  it('never takes over a lock written on another computer, and says how to clear it', async () => {
    const dir = await tempDir();
    const elsewhere = { machine: 'another-machine-id', boot: 'another-boot', namespaces: 'pid:[1] time:[2]' };
    await writeFile(
      join(dir, 'dossier.lock'),
      lockContent(deadPid, 'token', 'another-computer.example', elsewhere, { ticks: '5', zombie: false }),
    );

    const taken = await acquireLibraryLock(dir);

    expect(taken.ok).toBe(false);
    if (!taken.ok) {
      expect(taken.error.message).toContain('on another-computer.example');
      expect(taken.error.message).toContain(`delete ${join(dir, 'dossier.lock')}`);
    }
    expect(await readFile(join(dir, 'dossier.lock'), 'utf8')).toContain('another-computer.example');
  });

  it('writes its pid, token, computer, place and start into the lock it holds', async () => {
    const dir = await tempDir();
    const held = await acquireLibraryLock(dir);
    if (!held.ok) throw new Error(held.error.message);

    const lines = (await readFile(join(dir, 'dossier.lock'), 'utf8')).split('\n');
    await held.value();

    const place = await placeOfThisProcess();
    const start = await processStart(process.pid);
    expect(lines[1]).toMatch(/^[\da-f-]{36}$/u);
    expect([lines[0], ...lines.slice(2)].join('\n')).toBe(
      [
        process.pid,
        hostname(),
        place?.machine ?? '',
        place?.boot ?? '',
        place?.namespaces ?? '',
        start?.ticks ?? '',
        '',
      ].join('\n'),
    );
  });
});
