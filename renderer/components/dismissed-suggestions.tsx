import type { ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ArticleSummary } from '../../main/shared/types.ts';
import { ArticleTitleLink } from './article-title-link.tsx';

interface Props {
  readonly articles: readonly ArticleSummary[];
  readonly onOpen: (id: ArticleId) => void;
  readonly onBringBack: (ids: readonly ArticleId[]) => void;
}

/**
 * The articles dismissed for this one, folded under "Dismissed (N)": a dismissal made by mistake can
 * be taken back after its Undo offer has gone, or after a reload.
 */
export function DismissedSuggestions({ articles, onOpen, onBringBack }: Props): ReactNode {
  return (
    <details className="dismissed-suggestions">
      <summary>Dismissed ({articles.length})</summary>
      <ul className="link-list">
        {articles.map((article) => {
          const title = article.title || 'Untitled';
          return (
            <li key={article.id} className="dismissed-item">
              <ArticleTitleLink article={article} onOpen={onOpen} />
              <button
                type="button"
                className="button quiet"
                aria-label={`Bring back ${title}`}
                title="Suggest this article for this one again"
                onClick={(event) => {
                  handFocusOn(event.currentTarget);
                  onBringBack([article.id]);
                }}
              >
                Bring back
              </button>
            </li>
          );
        })}
      </ul>
      {articles.length < 2 ? null : (
        <button
          type="button"
          className="link-button"
          onClick={(event) => {
            headingOf(event.currentTarget)?.focus();
            onBringBack(articles.map((article) => article.id));
          }}
        >
          Bring them all back
        </button>
      )}
    </details>
  );
}

/** The related-stories heading (focusable by script) of the section holding `element`. */
const headingOf = (element: HTMLElement): HTMLElement | null =>
  element.closest('section')?.querySelector<HTMLElement>('h3') ?? null;

/**
 * The Bring back button pressed leaves with its article: the focus goes to the next one's (else the
 * previous one's, else the heading), as it would fall to the page's body.
 */
function handFocusOn(button: HTMLElement): void {
  const item = button.closest('li');
  const neighbour = item?.nextElementSibling ?? item?.previousElementSibling;
  const next = neighbour?.querySelector<HTMLElement>('button[aria-label^="Bring back"]') ?? headingOf(button);
  next?.focus();
}
