import type { ReactNode } from 'react';
import { describeError } from '../api/error-messages.ts';
import type { RecleanControls } from '../hooks/use-reclean.ts';
import { BatchRunning } from './batch-running.tsx';
import { OutcomeItem } from './outcome-item.tsx';
import { ProgressBar } from './progress-bar.tsx';

/** The running re-clean (progress, Cancel) or what the last one did; nothing when idle. */
export function RecleanPanel({ controls }: { readonly controls: RecleanControls }): ReactNode {
  const { state, cancel, dismiss } = controls;
  switch (state.phase) {
    case 'idle':
      return null;
    case 'preparing':
      return (
        <section className="import-panel" aria-label="Re-clean">
          <h2>Re-cleaning…</h2>
          <ProgressBar done={0} total={null} />
        </section>
      );
    case 'running':
      return (
        <BatchRunning
          label="Re-clean"
          heading="Re-cleaning…"
          progress={state.progress}
          cancelling={state.cancelling}
          onCancel={cancel}
          counts={(progress) => `${progress.done} of ${progress.total} · ${progress.failed} failed`}
        />
      );
    case 'finished': {
      const { batch } = state;
      const failures = batch.outcomes.filter((outcome) => outcome.status === 'failed');
      return (
        <section className="import-panel" aria-label="Re-clean summary">
          <div className="import-row">
            <h2>{batch.state === 'cancelled' ? 'Re-clean cancelled' : 'Re-clean finished'}</h2>
            <button type="button" className="button quiet" onClick={dismiss}>
              Dismiss
            </button>
          </div>
          <p className="import-counts">
            {batch.imported} re-cleaned · {batch.failed} failed
            {batch.failed > 0 ? ' (those keep their previous clean text)' : ''}
          </p>
          {failures.length === 0 ? null : (
            <ul className="outcomes" aria-label="Articles needing attention">
              {failures.map((outcome, index) => (
                <OutcomeItem key={`${index}-${outcome.file}`} outcome={outcome} />
              ))}
            </ul>
          )}
        </section>
      );
    }
    case 'failed':
      return (
        <section className="import-panel notice error" role="alert">
          <div className="import-row">
            <h2>Re-clean failed</h2>
            <button type="button" className="button quiet" onClick={dismiss}>
              Dismiss
            </button>
          </div>
          <p>{describeError(state.error)}</p>
        </section>
      );
  }
}
