import { useState, type ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import { useThreadList } from '../hooks/use-thread.ts';
import { formatDate } from './format-date.ts';

interface Props {
  /** Opens the timeline of the thread anchored at this article. */
  readonly onOpen: (anchorId: ArticleId) => void;
}

/** The sidebar's named story threads, each opening its timeline. */
export function ThreadsSection({ onOpen }: Props): ReactNode {
  const [expanded, setExpanded] = useState(true);
  const { value } = useThreadList();
  const threads = value?.threads ?? [];
  // Nothing to show until a thread is named; the Thread button in the reader is the way in.
  if (threads.length === 0) return null;
  return (
    <section className="threads-section" aria-label="Threads">
      <button
        type="button"
        className="saved-toggle"
        aria-expanded={expanded}
        onClick={() => {
          setExpanded(!expanded);
        }}
      >
        Threads ({threads.length})
      </button>
      {expanded ? (
        <ul className="threads-list">
          {threads.map((thread) => {
            const first = formatDate(thread.firstDate);
            const last = formatDate(thread.lastDate);
            const span = first === last ? first : `${first ?? '?'} – ${last ?? '?'}`;
            return (
              <li key={thread.id}>
                <button
                  type="button"
                  className="thread-entry"
                  title={`${thread.size} articles${span === null ? '' : `, ${span}`}`}
                  onClick={() => {
                    onOpen(thread.anchorId);
                  }}
                >
                  <span className="thread-entry-name">{thread.name}</span>
                  <span className="thread-entry-size">{thread.size}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
