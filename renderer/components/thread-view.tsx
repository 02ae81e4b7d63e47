import { useState, type ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import { describeError } from '../api/error-messages.ts';
import { useClient } from '../api/client-context.ts';
import { useThread } from '../hooks/use-thread.ts';
import { useThreadNameRemoval } from '../hooks/use-thread-name-removal.ts';
import { downloadFile } from './download-file.ts';
import { maxNameLength, NameForm } from './name-form.tsx';
import { ReaderSkeleton } from './reader-skeleton.tsx';
import { StoryViewBar } from './story-view-bar.tsx';
import { ThreadTimeline } from './thread-timeline.tsx';
import { UndoOffer } from './undo-offer.tsx';

interface Props {
  readonly articleId: ArticleId;
  readonly onOpen: (id: ArticleId) => void;
  readonly onGraph: (id: ArticleId) => void;
  readonly onBack: () => void;
}

/** An article's story thread as a timeline, with its name and a Markdown export. */
export function ThreadView({ articleId, onOpen, onGraph, onBack }: Props): ReactNode {
  const client = useClient();
  const { value: thread, error, reload } = useThread(articleId);
  const [naming, setNaming] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const removal = useThreadNameRemoval();
  const name = thread?.name ?? null;
  const linked = thread !== null && thread.articles.length > 1;

  const exportMarkdown = (): void => {
    void client.exportThread({ id: articleId, format: 'markdown' }).then((result) => {
      if (result.ok) downloadFile(result.value);
      setExportError(result.ok ? null : describeError(result.error));
    });
  };
  return (
    <section className="thread-view" aria-label="Story thread">
      <StoryViewBar
        onBack={onBack}
        otherView="Graph"
        onOtherView={() => {
          onGraph(articleId);
        }}
      >
        {linked ? (
          <>
            <button
              type="button"
              className="button"
              aria-expanded={naming}
              onClick={() => {
                setNaming(!naming);
              }}
            >
              {name === null ? 'Name thread…' : 'Rename…'}
            </button>
            {name === null ? null : (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setNaming(false);
                  void removal.remove(name);
                }}
              >
                Remove name
              </button>
            )}
            <button type="button" className="button" onClick={exportMarkdown}>
              Export Markdown
            </button>
          </>
        ) : null}
      </StoryViewBar>
      <div className="reader-scroll">
        <div className="reader-column">
          <h2 className="thread-heading">{name?.name ?? 'Unnamed thread'}</h2>
          {naming ? (
            <NameForm
              label="Name of this thread"
              initial={name?.name ?? thread?.articles[0]?.title.slice(0, maxNameLength) ?? ''}
              submitText="Save"
              onSubmit={async (next) => {
                const result = await client.nameThread({ id: articleId, name: next });
                if (result.ok) reload();
                return result;
              }}
              onDone={() => {
                setNaming(false);
              }}
            />
          ) : null}
          {removal.removed === null ? null : (
            <UndoOffer
              message={`Thread name “${removal.removed.name}” removed`}
              onUndo={() => void removal.undo()}
              onDismiss={removal.dropUndo}
            />
          )}
          {error === null ? null : (
            <div className="notice error" role="alert">
              {describeError(error)}
            </div>
          )}
          {removal.error === null ? null : (
            <div className="notice error" role="alert">
              {describeError(removal.error)}
            </div>
          )}
          {exportError === null ? null : (
            <div className="notice error" role="alert">
              {exportError}
            </div>
          )}
          {thread === null ? (
            error === null ? (
              <ReaderSkeleton />
            ) : null
          ) : linked ? (
            <>
              <p className="thread-count">
                {thread.articles.length} articles, oldest first
                {thread.truncated ? ` (only the first ${thread.articles.length} are shown)` : ''}
              </p>
              <ThreadTimeline thread={thread} onOpen={onOpen} />
            </>
          ) : (
            <p className="thread-empty">
              This article is not part of a story thread yet. Link it to another article as “Same story”,
              “Follow-up” or “Responds to” (from Links in the reader) and the thread appears here.
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
