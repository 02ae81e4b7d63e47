import type { ReactNode } from 'react';
import type { ImportProgress } from '../../main/shared/types.ts';
import { ProgressBar } from './progress-bar.tsx';

/** A running batch (import or re-clean): heading, Cancel, progress bar, counts and the current file. */
export function BatchRunning(props: {
  readonly label: string;
  readonly heading: string;
  readonly progress: ImportProgress | null;
  readonly cancelling: boolean;
  readonly onCancel: () => void;
  readonly counts: (progress: ImportProgress) => string;
}): ReactNode {
  const { label, heading, progress, cancelling, onCancel, counts } = props;
  return (
    <section className="import-panel" aria-label={label}>
      <div className="import-row">
        <h2>{cancelling ? 'Cancelling…' : heading}</h2>
        <button type="button" className="button" onClick={onCancel} disabled={cancelling}>
          Cancel
        </button>
      </div>
      <ProgressBar done={progress?.done ?? 0} total={progress?.total ?? null} />
      <div className="import-counts" aria-live="polite">
        {progress === null ? 'Starting…' : counts(progress)}
      </div>
      {progress?.current == null ? null : <div className="import-current">{progress.current}</div>}
    </section>
  );
}
