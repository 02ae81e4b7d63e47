import type { ReactNode } from 'react';

/** The import's progress; indeterminate until the number of files is known. */
export function ProgressBar({
  done,
  total,
}: {
  readonly done: number;
  readonly total: number | null;
}): ReactNode {
  if (total === null || total === 0) {
    return (
      <div className="progress indeterminate" role="progressbar" aria-label="Import progress">
        <div />
      </div>
    );
  }
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label="Import progress"
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
    >
      <div style={{ width: `${Math.min(100, (done / total) * 100)}%` }} />
    </div>
  );
}
