import type { ReactNode } from 'react';
import type { ArticleDetail } from '../../main/shared/types.ts';
import type { EntityLayer } from '../hooks/use-frame-entities.ts';
import { ArticleFrame } from './article-frame.tsx';
import { ArticleMeta } from './article-meta.tsx';
import { CleaningSummary } from './cleaning-summary.tsx';
import type { ReaderView } from './view-toggle.tsx';

interface Props {
  readonly article: ArticleDetail;
  readonly onView: (view: ReaderView) => void;
  /** Called with the article re-cleaned after the reader restored or removed blocks. */
  readonly onArticle: (article: ArticleDetail) => void;
  /** The search's matches to mark in the article. */
  readonly matches?: {
    readonly words: readonly string[];
    readonly current: number;
    readonly onMatches: (count: number) => void;
  };
  /** Entity mentions to highlight and where clicks and selections in the article go. */
  readonly entities?: EntityLayer;
}

/** The article's header and its clean text, or a notice when the page held no article. */
export function CleanView({ article, onView, onArticle, matches, entities }: Props): ReactNode {
  return (
    <div className="reader-scroll">
      <div className="reader-column">
        <ArticleMeta article={article} />
        <CleaningSummary article={article} onArticle={onArticle} />
        {article.status === 'no-article' ? (
          <div className="notice" role="note">
            <p>
              <strong>No article found.</strong> Dossier could not find a readable article in this saved page.
            </p>
            <button
              type="button"
              className="button"
              onClick={() => {
                onView('original');
              }}
            >
              View original page
            </button>
          </div>
        ) : null}
      </div>
      {article.status === 'ok' ? (
        <ArticleFrame
          key={article.id}
          html={article.html}
          lang={article.lang}
          title={article.title}
          {...(matches === undefined
            ? {}
            : { matchWords: matches.words, currentMatch: matches.current, onMatches: matches.onMatches })}
          {...(entities === undefined ? {} : { entities })}
        />
      ) : null}
    </div>
  );
}
