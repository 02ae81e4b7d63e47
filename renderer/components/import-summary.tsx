import type { ReactNode } from 'react';
import type { ImportBatch } from '../../main/shared/types.ts';
import { countsLine } from './import-counts.ts';
import { OutcomeItem } from './outcome-item.tsx';

/** What a finished batch did, listing every file that was refused or already there. */
export function ImportSummary({
  batch,
  onDismiss,
}: {
  readonly batch: ImportBatch;
  readonly onDismiss: () => void;
}): ReactNode {
  const notable = [
    ...batch.outcomes.filter((o) => o.status === 'failed'),
    ...batch.outcomes.filter((o) => o.status === 'duplicate'),
    // Imported, but the same address is already in the library: worth a look, never merged.
    ...batch.outcomes.filter((o) => o.status === 'imported' && o.sameUrlAs !== undefined),
  ];
  const title = batch.state === 'cancelled' ? 'Import cancelled' : 'Import finished';
  return (
    <section className="import-panel" aria-label="Import summary">
      <div className="import-row">
        <h2>{title}</h2>
        <button type="button" className="button quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      <p className="import-counts">
        {batch.total === 0 ? 'No saved pages were found in what was dropped.' : countsLine(batch, false)}
      </p>
      {notable.length === 0 ? null : (
        <ul className="outcomes" aria-label="Files needing attention">
          {notable.map((outcome, index) => (
            <OutcomeItem key={`${index}-${outcome.file}`} outcome={outcome} />
          ))}
        </ul>
      )}
    </section>
  );
}
