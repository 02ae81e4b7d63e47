import type { ReactNode } from 'react';
import type { ArticleSummary } from '../../main/shared/types.ts';
import { listDate } from './format-date.ts';
import { directionOfLang } from './text-direction.ts';

/** Title, site and date of one article in a list. Text only: titles come from hostile pages. */
export function ArticleOption({
  article,
  children,
}: {
  readonly article: ArticleSummary;
  readonly children?: ReactNode;
}) {
  const date = listDate(article);
  return (
    <>
      {/* The article's language decides when known; otherwise the title's first strong letter does. */}
      <span className="option-title" dir={directionOfLang(article.lang) ?? 'auto'}>
        {article.title || 'Untitled'}
      </span>
      <span className="option-meta">
        {article.siteName === null ? null : <span className="site">{article.siteName}</span>}
        {article.siteName !== null && date !== '' ? (
          <span className="dot" aria-hidden="true">
            ·
          </span>
        ) : null}
        {date === '' ? null : <span className="date">{date}</span>}
      </span>
      {children}
    </>
  );
}
