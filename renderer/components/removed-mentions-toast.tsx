import type { ReactNode } from 'react';
import type { MentionFixes } from '../hooks/use-mention-fixes.ts';

interface Props {
  readonly fixes: MentionFixes;
  readonly busy: boolean;
}

/** "Removed 2 mentions of X" with Undo, after mentions were removed from the reader. */
export function RemovedMentionsToast({ fixes, busy }: Props): ReactNode {
  const { removed } = fixes;
  if (removed === null) return null;
  const count = removed.mentions.length;
  return (
    <p className="saved-toast reader-toast" role="status">
      Removed {count === 1 ? 'a mention' : `${count} mentions`} of “{removed.name}”.{' '}
      <button type="button" className="link-button" disabled={busy} onClick={() => void fixes.undo()}>
        Undo
      </button>{' '}
      <button type="button" className="link-button" aria-label="Dismiss" onClick={fixes.dismiss}>
        ×
      </button>
    </p>
  );
}
