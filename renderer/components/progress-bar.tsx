import type { ReactNode } from 'react';

/** A long job's progress (an import by default); indeterminate until its size is known. */
export function ProgressBar({
  done,
  total,
  label = 'Import progress',
}: {
  readonly done: number;
  readonly total: number | null;
  readonly label?: string;
}): ReactNode {
  if (total === null || total === 0) {
    return (
      <div className="progress indeterminate" role="progressbar" aria-label={label}>
        <div />
      </div>
    );
  }
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
    >
      <div style={{ width: `${Math.min(100, (done / total) * 100)}%` }} />
    </div>
  );
}
