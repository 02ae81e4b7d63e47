import { useCallback, useState } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';

/** Which story page is shown in place of the reader: an article's thread or its graph. */
export interface StoryViewTarget {
  readonly kind: 'thread' | 'graph';
  readonly articleId: ArticleId;
}

/** The story page that is open, and how to open or leave one. */
export interface StoryView {
  readonly view: StoryViewTarget | null;
  readonly show: (kind: StoryViewTarget['kind'], articleId: ArticleId) => void;
  readonly close: () => void;
}

/** Holds the thread timeline or neighbourhood graph shown over the reader. */
export function useStoryView(): StoryView {
  const [view, setView] = useState<StoryViewTarget | null>(null);
  const show = useCallback((kind: StoryViewTarget['kind'], articleId: ArticleId) => {
    setView({ kind, articleId });
  }, []);
  const close = useCallback(() => {
    setView(null);
  }, []);
  return { view, show, close };
}
