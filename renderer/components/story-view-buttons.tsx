import type { ReactNode } from 'react';

interface Props {
  /** Opens the article's thread timeline or neighbourhood graph in place of the reader. */
  readonly onShow: (kind: 'thread' | 'graph') => void;
}

/** The reader toolbar's ways into the story thread and the neighbourhood graph. */
export function StoryViewButtons({ onShow }: Props): ReactNode {
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          onShow('thread');
        }}
      >
        Thread
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          onShow('graph');
        }}
      >
        Graph
      </button>
    </>
  );
}
