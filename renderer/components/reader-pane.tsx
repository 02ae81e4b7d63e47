import { useState, type ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ArticleDetail } from '../../main/shared/types.ts';
import { describeError } from '../api/error-messages.ts';
import { useArticle } from '../hooks/use-article.ts';
import { useMatchNavigation } from '../hooks/use-match-navigation.ts';
import { useMatches } from '../hooks/use-matches.ts';
import { AboutThisCopy } from './about-this-copy.tsx';
import { CleanView } from './clean-view.tsx';
import { MatchNavigator } from './match-navigator.tsx';
import { OriginalView } from './original-view.tsx';
import { ReaderSkeleton } from './reader-skeleton.tsx';
import { ViewToggle, type ReaderView } from './view-toggle.tsx';

interface Props {
  readonly articleId: ArticleId;
  readonly view: ReaderView;
  readonly onView: (view: ReaderView) => void;
  /** Opens another article (a copy or version listed in "About this copy"). */
  readonly onOpen: (id: ArticleId) => void;
  /** The answered search query, whose matches are marked in the article ('' for none). */
  readonly query: string;
}

/** The article being read, clean or original. */
export function ReaderPane({ articleId, view, onView, onOpen, query }: Props): ReactNode {
  const article = useArticle(articleId);
  const words = useMatches(articleId, query);
  const navigation = useMatchNavigation();
  // The article as re-cleaned from the cleaning panel, until another article is opened.
  const [recleaned, setRecleaned] = useState<ArticleDetail | null>(null);
  const [aboutOpen, setAboutOpen] = useState(false);
  const shown = article?.state === 'ready' ? (recleaned?.id === articleId ? recleaned : article.value) : null;
  return (
    <>
      <div className="reader-bar">
        <button
          type="button"
          className="button"
          aria-expanded={aboutOpen}
          onClick={() => {
            setAboutOpen(!aboutOpen);
          }}
        >
          About this copy
        </button>
        {view === 'clean' && shown?.status === 'ok' ? (
          <MatchNavigator count={navigation.count} current={navigation.current} onStep={navigation.step} />
        ) : null}
        <ViewToggle view={view} onView={onView} />
      </div>
      {aboutOpen && shown !== null ? <AboutThisCopy article={shown} onOpen={onOpen} /> : null}
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
          matches={{ words, current: navigation.current, onMatches: navigation.onMatches }}
        />
      )}
    </>
  );
}
