import type { ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ArticleSummary } from '../../main/shared/types.ts';
import { listDate } from './format-date.ts';

interface Props {
  readonly heading: string;
  readonly empty: string;
  readonly articles: readonly ArticleSummary[];
  readonly onOpen: (id: ArticleId) => void;
}

/** A headed list of other articles; clicking one opens it. */
export function RelatedList({ heading, empty, articles, onOpen }: Props): ReactNode {
  return (
    <section className="about-related" aria-label={heading}>
      <h3>{heading}</h3>
      {articles.length === 0 ? (
        <p className="about-none">{empty}</p>
      ) : (
        <ul>
          {articles.map((article) => (
            <li key={article.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onOpen(article.id);
                }}
              >
                {article.title || 'Untitled'}
              </button>{' '}
              <span className="about-related-facts">
                {[article.siteName, listDate(article)].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
