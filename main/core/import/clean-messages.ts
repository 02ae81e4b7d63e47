import type { Result } from '../../shared/result.ts';
import type { CleanedPage } from '../clean/cleaned-page.ts';
import type { CleaningOptions } from '../../shared/types.ts';
import type { SuggestedEntity } from '../entities/entity-types.ts';

/** Asks the cleaning worker to clean one page. */
export interface CleanRequest {
  readonly taskId: number;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The article's stored options when re-cleaning; absent for a first clean. */
  readonly options?: CleaningOptions;
}

/** Asks the worker (the pool's spare capacity) to suggest the entities of an article's text. */
export interface SuggestRequest {
  readonly kind: 'suggest';
  readonly taskId: number;
  /** What the pool's logs and timeouts call the task, e.g. "article 12". */
  readonly fileName: string;
  readonly text: string;
  readonly lang: string | null;
}

/** Any task the pool's workers run: a clean (no kind) or a suggestion. */
export type WorkerRequest = CleanRequest | SuggestRequest;

/** The worker's answer to one CleanRequest. */
export interface CleanResponse {
  readonly taskId: number;
  readonly result: Result<CleanedPage>;
}

/** The worker's answer to one SuggestRequest. */
export interface SuggestResponse {
  readonly taskId: number;
  readonly result: Result<SuggestedEntity[]>;
}
