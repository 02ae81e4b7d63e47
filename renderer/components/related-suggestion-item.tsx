import type { ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { RelatedSuggestion } from '../../main/shared/types.ts';
import { ArticleTitleLink } from './article-title-link.tsx';
import { reasonSentences, scorePercent, suggestionStrength } from './link-words.ts';
import { suggestionKeys, suggestionShortcuts } from './suggestion-keys.ts';

interface Props {
  readonly suggestion: RelatedSuggestion;
  readonly onOpen: (id: ArticleId) => void;
  readonly onLink: () => void;
  readonly onDismiss: () => void;
  /** ↑/↓ on the suggestion: focuses the one before or after; false when there is none. */
  readonly onMove: (step: -1 | 1) => boolean;
}

/** One suggested article: how strong, the one-line why (details under "Why?"), Link… or Dismiss. */
export function RelatedSuggestionItem({ suggestion, onOpen, onLink, onDismiss, onMove }: Props): ReactNode {
  const { article, score, summary, reasons } = suggestion;
  const title = article.title || 'Untitled';
  const strength = suggestionStrength(score);
  const percent = scorePercent(score);
  return (
    <li
      className="related-item"
      aria-label={`Suggested: ${title}`}
      aria-keyshortcuts={suggestionShortcuts}
      data-suggestion-id={article.id}
      tabIndex={-1}
      onKeyDown={(event) => {
        suggestionKeys(event, { onLink, onDismiss, onMove });
      }}
    >
      <span className="related-strength" data-strength={strength}>
        <span
          className="related-bar"
          role="meter"
          aria-label="Relatedness"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
        >
          <span style={{ width: `${percent}%` }} />
        </span>
        {strength}
      </span>
      <ArticleTitleLink article={article} onOpen={onOpen} />
      {summary === '' ? null : <p className="related-summary">{summary}</p>}
      {reasons.length === 0 ? null : (
        <details className="related-reasons">
          <summary>Why?</summary>
          <ul>
            {reasonSentences(reasons).map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </details>
      )}
      <span className="link-actions">
        <button
          type="button"
          className="button"
          aria-label={`Link ${title}…`}
          aria-keyshortcuts="A"
          title="Link this article (a)"
          onClick={onLink}
        >
          Link…
        </button>
        <button
          type="button"
          className="button quiet"
          aria-label={`Dismiss ${title}`}
          aria-keyshortcuts="D"
          title="Never suggest this article for this one again (d)"
          onClick={onDismiss}
        >
          Dismiss
        </button>
      </span>
    </li>
  );
}
