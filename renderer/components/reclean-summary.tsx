import type { ReactNode } from 'react';
import type { ImportBatch } from '../../main/shared/types.ts';
import { OutcomeItem } from './outcome-item.tsx';

/** What a finished re-clean did, with the articles that failed. */
export function RecleanSummary({
  batch,
  onDismiss,
}: {
  readonly batch: ImportBatch;
  readonly onDismiss: () => void;
}): ReactNode {
  const failures = batch.outcomes.filter((outcome) => outcome.status === 'failed');
  return (
    <section className="import-panel" aria-label="Re-clean summary">
      <div className="import-row">
        <h2>{batch.state === 'cancelled' ? 'Re-clean cancelled' : 'Re-clean finished'}</h2>
        <button type="button" className="button quiet" onClick={onDismiss}>
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
