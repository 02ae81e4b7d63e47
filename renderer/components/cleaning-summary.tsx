import { useState, type ReactNode } from 'react';
import type { ArticleDetail } from '../../main/shared/types.ts';
import { describeError } from '../api/error-messages.ts';
import { useCleaningReport } from '../hooks/use-cleaning-report.ts';
import { CleaningPanel } from './cleaning-panel.tsx';
import { summarizeRemovals } from './cleaning-words.ts';

interface Props {
  readonly article: ArticleDetail;
  readonly onArticle: (article: ArticleDetail) => void;
}

/** One line saying what cleaning removed, opening the panel that lists it and restores blocks. */
export function CleaningSummary({ article, onArticle }: Props): ReactNode {
  const { report, error, busy, apply } = useCleaningReport(article.id, onArticle);
  const [open, setOpen] = useState(false);
  if (report === null)
    return error === null ? null : <p className="cleaning-summary">{describeError(error)}</p>;
  return (
    <div className="cleaning">
      <p className="cleaning-summary">
        {report.removed.length === 0 ? 'Nothing was removed from this page' : summarizeRemovals(report)}
        {' — '}
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          onClick={() => {
            setOpen(!open);
          }}
        >
          {open ? 'Hide' : 'Show'}
        </button>
      </p>
      {error === null ? null : (
        <p className="notice error" role="alert">
          {describeError(error)}
        </p>
      )}
      {open ? <CleaningPanel report={report} busy={busy} onApply={apply} /> : null}
    </div>
  );
}
