import type { ReactNode } from 'react';

/** Says how many articles an older cleaner produced and offers to re-clean them from their originals. */
export function RecleanBanner({
  count,
  onReclean,
  onDismiss,
}: {
  readonly count: number;
  readonly onReclean: () => void;
  readonly onDismiss: () => void;
}): ReactNode {
  const articles = count === 1 ? '1 article was' : `${count} articles were`;
  return (
    <section className="import-panel reclean-banner" aria-label="Outdated articles">
      <p>{articles} cleaned by an older version of Dossier’s cleaner.</p>
      <div className="import-row">
        <button type="button" className="button primary" onClick={onReclean}>
          Re-clean from originals
        </button>
        <button type="button" className="button quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
