import type { ReactNode } from 'react';
import type { SearchIndexProgress } from '../../main/shared/types.ts';
import { ProgressBar } from './progress-bar.tsx';

/** Shown instead of hits while the search index is rebuilt (after a restore or a damaged cache). */
export function SearchIndexingStatus({ progress }: { readonly progress: SearchIndexProgress }): ReactNode {
  return (
    <div className="search-indexing" role="status">
      {`Rebuilding the search index: ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} articles. Results appear when it is done.`}
      <ProgressBar done={progress.done} total={progress.total} label="Search index rebuild" />
    </div>
  );
}
