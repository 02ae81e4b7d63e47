// Counts held in memory, handed out in key order a few thousand at a time, without one long sort:
// runs of `runLength` are sorted one per step, then merged. Written in key order, each page of the
// counts table is written once instead of once per batch (random order wrote the table many times).

/** How many counts one sort takes (about 10 ms). */
const runLength = 20_000;

type Count = [key: string, count: number];
const byKey = (a: Count, b: Count): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Counts to be handed out in key order, in steps that each take a bounded time. */
export interface CountsInKeyOrder {
  /** Sorts one run, or hands out up to `batch` counts in key order (an empty array while sorting). */
  readonly next: (batch: number) => Count[];
  /** Whether every count has been handed out. */
  readonly done: () => boolean;
}

/** Starts handing out `counts` in key order (the map is read, not changed). */
export function countsInKeyOrder(counts: ReadonlyMap<string, number>): CountsInKeyOrder {
  const source = counts.entries();
  let sourceDone = false;
  const runs: { counts: Count[]; at: number }[] = [];

  const sortOneRun = (): void => {
    const run: Count[] = [];
    for (let entry = source.next(); ; entry = source.next()) {
      if (entry.done === true) {
        sourceDone = true;
        break;
      }
      run.push(entry.value);
      if (run.length === runLength) break;
    }
    if (run.length > 0) runs.push({ counts: run.sort(byKey), at: 0 });
  };

  const merged = (batch: number): Count[] => {
    const out: Count[] = [];
    while (out.length < batch) {
      let best: { counts: Count[]; at: number } | undefined;
      for (const run of runs) {
        const head = run.counts[run.at];
        const bestHead = best?.counts[best.at];
        if (head !== undefined && (bestHead === undefined || head[0] < bestHead[0])) best = run;
      }
      const taken = best?.counts[best.at];
      if (best === undefined || taken === undefined) break;
      out.push(taken);
      best.at += 1;
    }
    return out;
  };

  return {
    next: (batch) => {
      if (!sourceDone) {
        sortOneRun();
        return [];
      }
      return merged(batch);
    },
    done: () => sourceDone && runs.every((run) => run.at >= run.counts.length),
  };
}
