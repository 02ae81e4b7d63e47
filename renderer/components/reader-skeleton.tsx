import type { ReactNode } from 'react';

/** Placeholder lines while an article loads, shaped like its header and first paragraph. */
export function ReaderSkeleton(): ReactNode {
  return (
    <div className="reader-column" aria-busy="true" aria-label="Loading article">
      <div className="skeleton" style={{ width: '30%' }} />
      <div className="skeleton" style={{ width: '85%', height: '2rem' }} />
      <div className="skeleton" style={{ width: '60%' }} />
      <div className="skeleton" style={{ width: '100%', marginTop: '3rem' }} />
      <div className="skeleton" style={{ width: '95%' }} />
      <div className="skeleton" style={{ width: '90%' }} />
    </div>
  );
}
