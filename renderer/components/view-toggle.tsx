import type { ReactNode } from 'react';

export type ReaderView = 'clean' | 'original';

/** Clean / Original switch of the reader. */
export function ViewToggle({
  view,
  onView,
}: {
  readonly view: ReaderView;
  readonly onView: (view: ReaderView) => void;
}): ReactNode {
  return (
    <div className="toggle" role="group" aria-label="View">
      <button
        type="button"
        aria-pressed={view === 'clean'}
        onClick={() => {
          onView('clean');
        }}
      >
        Clean
      </button>
      <button
        type="button"
        aria-pressed={view === 'original'}
        onClick={() => {
          onView('original');
        }}
      >
        Original
      </button>
    </div>
  );
}
