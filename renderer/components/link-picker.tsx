import { useState, type ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ArticleSummary } from '../../main/shared/types.ts';
import { describeError } from '../api/error-messages.ts';
import { useSearch } from '../hooks/use-search.ts';
import { articleFacts } from './link-words.ts';

interface Props {
  /** The open article, never offered. */
  readonly articleId: ArticleId;
  readonly chosen: ArticleSummary | null;
  readonly onChoose: (article: ArticleSummary | null) => void;
}

const shown = 8;

/** The article to link to: search-as-you-type over the library (any search syntax works), then one click. */
export function LinkPicker({ articleId, chosen, onChoose }: Props): ReactNode {
  const [query, setQuery] = useState('');
  const search = useSearch(chosen === null ? query : '');
  if (chosen !== null) {
    return (
      <div className="link-chosen">
        <span>
          Link to <strong>{chosen.title || 'Untitled'}</strong>{' '}
          <span className="link-facts">{articleFacts(chosen)}</span>
        </span>
        <button
          type="button"
          className="button quiet"
          onClick={() => {
            onChoose(null);
          }}
        >
          Choose another
        </button>
      </div>
    );
  }
  const hits = search.hits.filter((hit) => hit.article.id !== articleId).slice(0, shown);
  const typed = query.trim() !== '';
  return (
    <div className="link-picker">
      <label htmlFor="link-search" className="link-field-label">
        Article
      </label>
      <input
        id="link-search"
        type="search"
        value={query}
        autoComplete="off"
        placeholder="Search by title, words, site:…"
        autoFocus
        onChange={(event) => {
          setQuery(event.currentTarget.value);
        }}
      />
      {search.error === null ? null : <p className="notice error">{describeError(search.error)}</p>}
      {typed && !search.pending && search.error === null && hits.length === 0 ? (
        <p className="link-empty">No other article matches.</p>
      ) : null}
      {hits.length === 0 ? null : (
        <ul className="link-matches" aria-label="Matching articles">
          {hits.map(({ article }) => (
            <li key={article.id}>
              <button
                type="button"
                className="link-match"
                onClick={() => {
                  onChoose(article);
                }}
              >
                <span className="link-title">{article.title || 'Untitled'}</span>
                <span className="link-facts">{articleFacts(article)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
