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
      <h1 className="article-title" dir={direction}>
        {article.title || 'Untitled'}
      </h1>
      {article.byline === null ? null : (
        <p className="article-byline" dir={direction}>
          {article.byline}
        </p>
      )}
      <dl className="article-facts">
        {published === null ? null : (
          <>
            <dt>Published</dt>
            <dd>
              <time dateTime={article.publishedTime ?? undefined}>{published}</time>
            </dd>
          </>
        )}
        {captured === null ? null : (
          <>
            <dt>Captured</dt>
            <dd title="When the page was saved from the web">
              <time dateTime={article.provenance.capturedAt ?? undefined}>Captured {captured}</time>
            </dd>
          </>
        )}
        {article.wordCount > 0 ? (
          <>
            <dt>Length</dt>
            <dd>
              {numberFormat.format(article.wordCount)} words · {minutes} min read
            </dd>
          </>
        ) : null}
        {added === null ? null : (
          <>
            <dt>Added</dt>
            <dd>Added {added}</dd>
          </>
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
