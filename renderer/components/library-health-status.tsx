import { useState, type ReactNode } from 'react';
import { useLibraryHealth } from '../hooks/use-library-health.ts';
import { LibraryHealthBanner } from './library-health-banner.tsx';
import { LibraryHealthLine } from './library-health-line.tsx';

/** The start-up check's result: a banner when something is damaged, else a quiet line once it is done. */
export function LibraryHealthStatus(): ReactNode {
  const health = useLibraryHealth();
  const [dismissed, setDismissed] = useState(false);
  if (health === null) return null;
  if (health.state === 'damaged') {
    if (dismissed) return null;
    return (
      <LibraryHealthBanner
        health={health}
        onDismiss={() => {
          setDismissed(true);
        }}
      />
    );
  }
  return <LibraryHealthLine health={health} />;
}
