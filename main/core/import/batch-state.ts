import type { BatchId } from '../../shared/ids.ts';
import { assertNever } from '../../shared/result.ts';
import type { ImportBatch, ImportOutcome, ImportProgress } from '../../shared/types.ts';

/** The counters and outcomes of one batch (no I/O; the importer drives it). */
export class BatchState {
  readonly batchId: BatchId;
  state: ImportProgress['state'] = 'running';
  total = 0;
  current: string | null = null;
  readonly #outcomes: ImportOutcome[] = [];
  #imported = 0;
  #duplicates = 0;
  #failed = 0;

  constructor(batchId: BatchId) {
    this.batchId = batchId;
  }

  /** Records one finished file. */
  record(outcome: ImportOutcome): void {
    this.#outcomes.push(outcome);
    switch (outcome.status) {
      case 'imported':
        this.#imported += 1;
        break;
      case 'duplicate':
        this.#duplicates += 1;
        break;
      case 'failed':
        this.#failed += 1;
        break;
      default:
        assertNever(outcome.status);
    }
  }

  /** How many files are done. */
  get done(): number {
    return this.#outcomes.length;
  }

  /** How many files were imported so far. */
  get imported(): number {
    return this.#imported;
  }

  /** The live counters. */
  progress(): ImportProgress {
    return {
      batchId: this.batchId,
      total: this.total,
      done: this.done,
      imported: this.#imported,
      duplicates: this.#duplicates,
      failed: this.#failed,
      current: this.current,
      state: this.state,
    };
  }

  /** The counters and a copy of every outcome. */
  snapshot(): ImportBatch {
    return { ...this.progress(), outcomes: [...this.#outcomes] };
  }
}
