import type { ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import { describeError } from '../api/error-messages.ts';
import { useArticle } from '../hooks/use-article.ts';
import { CleanView } from './clean-view.tsx';
import { OriginalView } from './original-view.tsx';
import { ReaderSkeleton } from './reader-skeleton.tsx';
import { ViewToggle, type ReaderView } from './view-toggle.tsx';

interface Props {
  readonly articleId: ArticleId;
  readonly view: ReaderView;
  readonly onView: (view: ReaderView) => void;
}

/** The article being read, clean or original. */
export function ReaderPane({ articleId, view, onView }: Props): ReactNode {
  const article = useArticle(articleId);
  return (
    <>
      <div className="reader-bar">
        <ViewToggle view={view} onView={onView} />
      </div>
      {article === null || article.state === 'loading' ? (
        <div className="reader-scroll">
          <ReaderSkeleton />
        </div>
      ) : article.state === 'failed' ? (
        <div className="reader-scroll">
          <div className="reader-column">
            <div className="notice error" role="alert">
              {describeError(article.error)}
            </div>
          </div>
        </div>
      ) : view === 'original' ? (
        <OriginalView articleId={articleId} title={article.value.title} />
      ) : (
        <CleanView article={article.value} onView={onView} />
      )}
    </>
  );
}
