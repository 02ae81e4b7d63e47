import type { ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ArticleSummary } from '../../main/shared/types.ts';
import { articleFacts } from './link-words.ts';

interface Props {
  readonly article: ArticleSummary;
  readonly onOpen: (id: ArticleId) => void;
  /** Appended to the facts, e.g. how a link was made. */
  readonly note?: string;
}

/** Another article's title as a button that opens it, then its site and date (siblings in a list item). */
export function ArticleTitleLink({ article, onOpen, note = '' }: Props): ReactNode {
  return (
    <>
      <button
        type="button"
        className="link-button link-title"
        onClick={() => {
          onOpen(article.id);
        }}
      >
        {article.title || 'Untitled'}
      </button>
      <span className="link-facts">
        {articleFacts(article)}
        {note}
      </span>
    </>
  );
}
