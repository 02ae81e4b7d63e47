import { IndexChangedDuringSave } from './index-snapshot.ts';

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * One snapshot of an index at a time, in slices between events. Mutations are never held back: a
 * re-cleaned or imported article must be searchable at once. One arriving while a snapshot is taken
 * spoils it instead (`noteMutation`): the snapshot throws IndexChangedDuringSave at its next check,
 * and the saver drops it and takes another.
 */
export class SpoilableSnapshot {
  #running = false;
  #spoilt = false;

  /** Called by every mutation of the index. */
  noteMutation(): void {
    if (this.#running) this.#spoilt = true;
  }

  /** Runs `take` once no other snapshot runs; `unspoilt()` throws when a mutation came meanwhile. */
  async run<T>(take: (unspoilt: () => void) => Promise<T>): Promise<T> {
    while (this.#running) await yieldToEventLoop();
    this.#running = true;
    this.#spoilt = false;
    try {
      return await take(() => {
        if (this.#spoilt) throw new IndexChangedDuringSave();
      });
    } finally {
      this.#running = false;
    }
  }
}
