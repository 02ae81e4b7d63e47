import type { Result } from '../../shared/result.ts';
import type { CleanedPage } from '../clean/cleaned-page.ts';
import type { CleaningOptions } from '../../shared/types.ts';

/** Asks the cleaning worker to clean one page. */
export interface CleanRequest {
  readonly taskId: number;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The article's stored options when re-cleaning; absent for a first clean. */
  readonly options?: CleaningOptions;
}

/** The worker's answer to one CleanRequest. */
export interface CleanResponse {
  readonly taskId: number;
  readonly result: Result<CleanedPage>;
}
