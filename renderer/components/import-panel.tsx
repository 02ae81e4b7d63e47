import type { ReactNode } from 'react';
import { describeError } from '../api/error-messages.ts';
import type { ImportControls } from '../hooks/use-import.ts';
import { BatchRunning } from './batch-running.tsx';
import { countsLine } from './import-counts.ts';
import { ImportSummary } from './import-summary.tsx';
import { ProgressBar } from './progress-bar.tsx';

/** The running import (progress, Cancel) or what the last one did. */
export function ImportPanel({ controls }: { readonly controls: ImportControls }): ReactNode {
  const { state, cancel, dismiss } = controls;
  switch (state.phase) {
    case 'idle':
      return null;
    case 'preparing':
      return (
        <section className="import-panel" aria-label="Import">
          <h2>Reading files…</h2>
          <ProgressBar done={0} total={null} />
        </section>
      );
    case 'running':
      return (
        <BatchRunning
          label="Import"
          heading="Importing…"
          progress={state.progress}
          cancelling={state.cancelling}
          onCancel={cancel}
          counts={(progress) => countsLine(progress, true)}
        />
      );
    case 'finished':
      return <ImportSummary batch={state.batch} onDismiss={dismiss} />;
    case 'failed':
      return (
        <section className="import-panel notice error" role="alert">
          <div className="import-row">
            <h2>Import failed</h2>
            <button type="button" className="button quiet" onClick={dismiss}>
              Dismiss
            </button>
          </div>
          <p>{describeError(state.error)}</p>
        </section>
      );
  }
}
