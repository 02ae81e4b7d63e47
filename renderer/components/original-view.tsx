import type { ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import { describeError } from '../api/error-messages.ts';
import { useOriginal } from '../hooks/use-article.ts';
import { OriginalFrame } from './original-frame.tsx';

/** Fetches the original page and shows it sandboxed. */
export function OriginalView({
  articleId,
  title,
}: {
  readonly articleId: ArticleId;
  readonly title: string;
}): ReactNode {
  const original = useOriginal(articleId);
  if (original === null || original.state === 'loading') {
    return <div className="placeholder">Loading the original page…</div>;
  }
  if (original.state === 'failed') {
    return (
      <div className="placeholder">
        <div className="notice error" role="alert">
          {describeError(original.error)}
        </div>
      </div>
    );
  }
  return <OriginalFrame key={articleId} html={original.value.html} title={title} />;
}
