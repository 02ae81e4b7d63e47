import type { ReactNode } from 'react';
import type { ArticleDetail } from '../../main/shared/types.ts';
import { formatDate } from './format-date.ts';
import { directionOfLang } from './text-direction.ts';

const numberFormat = new Intl.NumberFormat();

/** Site, title, byline, dates, URL and length: all rendered as text. */
export function ArticleMeta({ article }: { readonly article: ArticleDetail }): ReactNode {
  const published = formatDate(article.publishedTime);
  const added = formatDate(article.addedAt);
  const captured = formatDate(article.provenance.capturedAt);
  const minutes = Math.max(1, Math.round(article.wordCount / 230));
  // As the list row and the article frame: an Arabic or Hebrew title reads right to left, others by their text.
  const direction = directionOfLang(article.lang) ?? 'auto';
  return (
    <header className="article-head">
      {article.siteName === null ? null : <p className="article-site">{article.siteName}</p>}
      {/* Focusable by script only: an article opened from inside the reader puts the focus here. */}
      <h1 className="article-title" dir={direction} tabIndex={-1}>
        {article.title || 'Untitled'}
      </h1>
      {article.byline === null ? null : (
        <p className="article-byline" dir={direction}>
          {article.byline}
        </p>
      )}
      {/* Each fact is read once: Published and Length have a hidden term (the value says what it is to
          the eye), Captured and Added show theirs, and no value repeats its term. */}
      <dl className="article-facts">
        {published === null ? null : (
          <div>
            <dt>Published</dt>
            <dd>
              <time dateTime={article.publishedTime ?? undefined}>{published}</time>
            </dd>
          </div>
        )}
        {captured === null ? null : (
          <div title="When the page was saved from the web">
            <dt className="fact-term-shown">Captured</dt>
            <dd>
              <time dateTime={article.provenance.capturedAt ?? undefined}>{captured}</time>
            </dd>
          </div>
        )}
        {article.wordCount > 0 ? (
          <div>
            <dt>Length</dt>
            <dd>
              {numberFormat.format(article.wordCount)} words · {minutes} min read
            </dd>
          </div>
        ) : null}
        {added === null ? null : (
          <div>
            <dt className="fact-term-shown">Added</dt>
            <dd>{added}</dd>
          </div>
        )}
      </dl>
      {article.url === null ? null : (
        <p className="article-url" title="Address of the saved page">
          {article.url}
        </p>
      )}
      <p className="article-source">
        Saved as <span className="article-file">{article.provenance.filePath}</span>
      </p>
    </header>
  );
}
