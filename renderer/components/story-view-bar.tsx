import type { ReactNode } from 'react';

interface Props {
  readonly onBack: () => void;
  /** The button to the other story view ("Thread" from the graph, "Graph" from the thread). */
  readonly otherView: string;
  readonly onOtherView: () => void;
  /** The view's own buttons, after those two. */
  readonly children?: ReactNode;
}

/** The bar atop the thread and graph views: Back, the way to the other view, then the view's own buttons. */
export function StoryViewBar({ onBack, otherView, onOtherView, children }: Props): ReactNode {
  return (
    <div className="reader-bar">
      <button type="button" className="button" onClick={onBack}>
        Back
      </button>
      <button type="button" className="button" onClick={onOtherView}>
        {otherView}
      </button>
      {children}
    </div>
  );
}
