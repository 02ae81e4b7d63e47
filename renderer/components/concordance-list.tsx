import type { ReactNode } from 'react';
import type { EntityPage } from '../../main/shared/entity-types.ts';
import type { ArticleId } from '../../main/shared/ids.ts';
import { listDate } from './format-date.ts';

interface Props {
  readonly articles: EntityPage['articles'];
  readonly onOpenArticle: (id: ArticleId) => void;
}

/** The articles mentioning an entity, by date, each with one concordance line per mention. */
export function ConcordanceList({ articles, onOpenArticle }: Props): ReactNode {
  if (articles.length === 0) return <p className="entity-empty">No article mentions this entity yet.</p>;
  return (
    <ol className="concordance">
      {articles.map(({ article, mentionCount, lines }) => (
        <li key={article.id} className="concordance-article">
          <div className="concordance-head">
            <button
              type="button"
              className="link-button concordance-title"
              onClick={() => {
                onOpenArticle(article.id);
              }}
            >
              {article.title}
            </button>
            <span className="concordance-meta">
              {listDate(article)} · {mentionCount === 1 ? '1 mention' : `${mentionCount} mentions`}
            </span>
          </div>
          <ul className="concordance-lines" aria-label={`Mentions in ${article.title}`}>
            {lines.map((line) => (
              <li key={line.mentionId}>
                <button
                  type="button"
                  className="concordance-line"
                  onClick={() => {
                    onOpenArticle(article.id);
                  }}
                >
                  <span className="concordance-before">{line.before}</span>
                  <mark>{line.match}</mark>
                  <span className="concordance-after">{line.after}</span>
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
