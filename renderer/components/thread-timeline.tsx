import type { ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { StoryThread, ThreadArticle } from '../../main/shared/thread-types.ts';
import { formatDate } from './format-date.ts';

interface Props {
  readonly thread: StoryThread;
  readonly onOpen: (id: ArticleId) => void;
}

const dateWords: Record<ThreadArticle['dateSource'], string> = {
  published: 'Published',
  captured: 'Saved',
  added: 'Added',
};

/** How the later of two neighbours relates to the earlier, e.g. "Follow-up to" (empty when not linked directly). */
export function relationToPrevious(thread: StoryThread, earlier: ArticleId, later: ArticleId): string[] {
  return thread.links.flatMap((link) => {
    if (link.sourceId === later && link.targetId === earlier) return [link.label];
    if (link.sourceId === earlier && link.targetId === later) return [link.incomingLabel];
    return [];
  });
}

/** A vertical timeline of a thread's articles by date, with how each one links to the one before. */
export function ThreadTimeline({ thread, onOpen }: Props): ReactNode {
  return (
    <ol className="thread-timeline" aria-label="Articles by date">
      {thread.articles.map((article, index) => {
        const previous = thread.articles[index - 1];
        const relations = previous === undefined ? [] : relationToPrevious(thread, previous.id, article.id);
        return (
          <li
            key={article.id}
            className="thread-item"
            aria-current={article.id === thread.articleId || undefined}
          >
            {relations.length > 0 ? (
              <p className="thread-relation">{relations.join(' · ')} the article above</p>
            ) : null}
            <time className="thread-date" dateTime={article.date} title={dateWords[article.dateSource]}>
              {formatDate(article.date)}
              {article.dateSource === 'published'
                ? null
                : ` (${dateWords[article.dateSource].toLowerCase()})`}
            </time>
            <span className="thread-site">{article.siteName ?? hostOf(article.url) ?? 'Unknown site'}</span>
            <button
              type="button"
              className="link-button thread-title"
              onClick={() => {
                onOpen(article.id);
              }}
            >
              {article.title}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, '');
  } catch {
    return null;
  }
}
