import type { ReactNode } from 'react';
import { describeError } from '../api/error-messages.ts';
import type { SuggestAllState } from '../hooks/use-suggest-all.ts';
import { ProgressBar } from './progress-bar.tsx';

/** Progress of an on-demand entity suggestion run over the whole library. */
export function SuggestAllStatus({ state }: { readonly state: SuggestAllState }): ReactNode {
  switch (state.phase) {
    case 'idle':
      return null;
    case 'running':
      return (
        <div className="suggest-all-status" role="status">
          {state.total === null
            ? 'Queuing every article for entity suggestions…'
            : `Suggesting entities: ${state.done.toLocaleString()} of ${state.total.toLocaleString()} articles`}
          <ProgressBar done={state.done} total={state.total} />
        </div>
      );
    case 'done':
      return (
        <div className="suggest-all-status" role="status">
          {`Entity suggestions updated for ${state.total.toLocaleString()} ${state.total === 1 ? 'article' : 'articles'}.`}
        </div>
      );
    case 'failed':
      return (
        <div className="suggest-all-status" role="alert">
          {describeError(state.error)}
        </div>
      );
  }
}
