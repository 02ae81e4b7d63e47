import type { ReactNode } from 'react';
import type { ImportBatch, ImportProgress } from '../../main/shared/types.ts';
import { describeError } from '../api/error-messages.ts';
import type { ImportState } from '../hooks/import-reducer.ts';
import { BatchRunning } from './batch-running.tsx';
import { ProgressBar } from './progress-bar.tsx';

interface Props {
  /** The batch's state and its Cancel and Dismiss (useImport and useReclean both give these). */
  readonly controls: {
    readonly state: ImportState;
    readonly cancel: () => void;
    readonly dismiss: () => void;
  };
  /** The batch's name in labels and headings ("Import", "Re-clean"). */
  readonly label: string;
  /** The heading while the batch is being opened. */
  readonly preparing: string;
  /** The heading while it runs. */
  readonly running: string;
  readonly counts: (progress: ImportProgress) => string;
  /** What the finished batch shows. */
  readonly finished: (batch: ImportBatch) => ReactNode;
}

/** One batch (import or re-clean) in every phase: opening, progress with Cancel, its outcome, or why it failed. */
export function BatchPanel(props: Props): ReactNode {
  const { label } = props;
  const { state, cancel, dismiss } = props.controls;
  switch (state.phase) {
    case 'idle':
      return null;
    case 'preparing':
      return (
        <section className="import-panel" aria-label={label}>
          <h2>{props.preparing}</h2>
          <ProgressBar done={0} total={null} />
        </section>
      );
    case 'running':
      return (
        <BatchRunning
          label={label}
          heading={props.running}
          progress={state.progress}
          cancelling={state.cancelling}
          onCancel={cancel}
          counts={props.counts}
        />
      );
    case 'finished':
      return props.finished(state.batch);
    case 'failed':
      return (
        <section className="import-panel notice error" role="alert">
          <div className="import-row">
            <h2>{`${label} failed`}</h2>
            <button type="button" className="button quiet" onClick={dismiss}>
              Dismiss
            </button>
          </div>
          <p>{describeError(state.error)}</p>
        </section>
      );
  }
}
