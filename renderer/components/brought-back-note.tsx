import type { ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ArticleSummary } from '../../main/shared/types.ts';
import { ArticleTitleLink } from './article-title-link.tsx';

interface Props {
  readonly articles: readonly ArticleSummary[];
  readonly onOpen: (id: ArticleId) => void;
}

/**
 * Articles brought back from Dismissed that are not suggested now: each was shown only while
 * stronger suggestions were dismissed, and with those back it falls under the bar, so it is listed
 * here rather than vanishing from both lists.
 */
export function BroughtBackNote({ articles, onOpen }: Props): ReactNode {
  return (
    <div className="brought-back" role="group" aria-label="Brought back, not suggested now">
      <p className="link-hint">Brought back, but far weaker than the suggestions above, so not among them:</p>
      <ul className="link-list">
        {articles.map((article) => (
          <li key={article.id} className="dismissed-item">
            <ArticleTitleLink article={article} onOpen={onOpen} />
          </li>
        ))}
      </ul>
    </div>
  );
}
