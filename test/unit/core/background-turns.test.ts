import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { runInTurns } from '../../../main/core/background-turns.ts';

/** A database and a scheduler whose turns are taken by hand. */
function stepped(): { db: DatabaseSync; schedule: (turn: () => void) => void; step: () => void } {
  const turns: (() => void)[] = [];
  return {
    db: new DatabaseSync(':memory:'),
    schedule: (turn) => turns.push(turn),
    step: () => turns.shift()?.(),
  };
}

describe('work run in background turns', () => {
  it('takes turns until the work says it is done, then resolves true', async () => {
    const { db, schedule, step } = stepped();
    let left = 3;
    const work = runInTurns({
      db,
      schedule,
      turn: () => (--left === 0 ? true : null),
      failed: () => undefined,
    });

    for (let i = 0; i < 3; i += 1) step();

    expect(await work.finished).toBe(true);
    expect(left).toBe(0);
  });

  it('puts a turn off while the database is in a transaction, and takes it once that ends', async () => {
    const { db, schedule, step } = stepped();
    let turns = 0;
    const work = runInTurns({ db, schedule, turn: () => (++turns, true), failed: () => undefined });
    db.exec('BEGIN');

    step();
    expect(turns).toBe(0);
    db.exec('COMMIT');
    step();

    expect(await work.finished).toBe(true);
    expect(turns).toBe(1);
  });

  it('stops after close, undoing the work left half-done, and resolves false', async () => {
    const { db, schedule, step } = stepped();
    let abandoned = 0;
    const work = runInTurns({
      db,
      schedule,
      turn: () => null,
      failed: () => undefined,
      abandon: () => (abandoned += 1),
    });

    step();
    work.close();
    step();

    expect(await work.finished).toBe(false);
    expect(abandoned).toBe(1);
  });

  it('reports what a turn threw, undoes the work and resolves false', async () => {
    const { db, schedule, step } = stepped();
    const reported: unknown[] = [];
    let abandoned = 0;
    const work = runInTurns({
      db,
      schedule,
      turn: () => {
        throw new Error('disk full');
      },
      failed: (error) => reported.push(error),
      abandon: () => (abandoned += 1),
    });

    step();

    expect(await work.finished).toBe(false);
    expect(reported).toEqual([new Error('disk full')]);
    expect(abandoned).toBe(1);
  });
});
