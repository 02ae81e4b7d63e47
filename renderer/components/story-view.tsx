import type { ReactNode } from 'react';
import type { ArticleId, EntityId } from '../../main/shared/ids.ts';
import type { StoryView as StoryViewState } from '../hooks/use-story-view.ts';
import { GraphView } from './graph-view.tsx';
import { ThreadView } from './thread-view.tsx';

interface Props {
  readonly story: StoryViewState;
  readonly onOpen: (id: ArticleId) => void;
  readonly onOpenEntity: (id: EntityId) => void;
}

/** The open story page, thread timeline or neighbourhood graph, in place of the reader. */
export function StoryView({ story, onOpen, onOpenEntity }: Props): ReactNode {
  const { view } = story;
  if (view === null) return null;
  return view.kind === 'thread' ? (
    <ThreadView
      key={`thread-${view.articleId}`}
      articleId={view.articleId}
      onOpen={onOpen}
      onGraph={(id) => {
        story.show('graph', id);
      }}
      onBack={story.close}
    />
  ) : (
    <GraphView
      key={`graph-${view.articleId}`}
      articleId={view.articleId}
      onOpen={onOpen}
      onOpenEntity={onOpenEntity}
      onThread={(id) => {
        story.show('thread', id);
      }}
      onBack={story.close}
    />
  );
}
