import { useState, type ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ArticleDetail } from '../../main/shared/types.ts';
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
  // The article as re-cleaned from the cleaning panel, until another article is opened.
  const [recleaned, setRecleaned] = useState<ArticleDetail | null>(null);
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
        <CleanView
          article={recleaned?.id === articleId ? recleaned : article.value}
          onView={onView}
          onArticle={setRecleaned}
        />
      )}
    </>
  );
}
