import { ScoreBoard } from './score-board.ts';
import type { VerifyProgress } from './verify-hits.ts';

/** A query stopped by its time budget: its ranking (alive on its own board) and where verification stopped. */
export interface KeptAnswer<Ranking> {
  readonly key: string;
  readonly ranking: Ranking;
  readonly progress: VerifyProgress;
  readonly board: ScoreBoard;
}

/**
 * The last query whose phrase checks ran out of time, kept so the next call for the rest of its
 * page goes on from where it stopped instead of ranking again and walking every candidate it has
 * already checked (on a rare phrase of common words that was most of a page's time: ~20 calls of
 * ~15 ms). A ranking reads its board's scratch arrays lazily, so the kept one keeps its board and
 * every other query ranks on the other of two. Cleared whenever the index changes.
 */
export class ResumeCache<Ranking> {
  readonly #boards: readonly [ScoreBoard, ScoreBoard];
  #kept: KeptAnswer<Ranking> | null = null;

  /** `board`: the search's own scratch board, used whenever no kept answer holds it. */
  constructor(board: ScoreBoard) {
    this.#boards = [board, new ScoreBoard()];
  }

  /** The board for a ranking made now: never the kept answer's. */
  freeBoard(): ScoreBoard {
    return this.#kept?.board === this.#boards[0] ? this.#boards[1] : this.#boards[0];
  }

  /** The kept answer for `key`, if that is the one kept. */
  find(key: string): KeptAnswer<Ranking> | null {
    return this.#kept?.key === key ? this.#kept : null;
  }

  /** Keeps an answer stopped by time (replacing any other), or drops the kept one when `answer` is null. */
  keep(answer: KeptAnswer<Ranking> | null): void {
    this.#kept = answer;
  }

  /** Forgets the kept answer (an article was added, changed or removed). */
  clear(): void {
    this.#kept = null;
  }
}

/**
 * A key naming a parsed query and its sort, or null when the plan holds article sets bound from the
 * database (`entity:`, `has:links`): those may change between calls without the index changing.
 */
export function answerKey(parts: unknown): string | null {
  const sets: unknown[] = [];
  const key = JSON.stringify(parts, (_, value: unknown) => {
    if (value instanceof Set) sets.push(value);
    return value;
  });
  return sets.length > 0 ? null : key;
}
