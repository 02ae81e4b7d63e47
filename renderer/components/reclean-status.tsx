import { useState, type ReactNode } from 'react';
import { useOutdatedCount } from '../hooks/use-outdated-count.ts';
import type { RecleanControls } from '../hooks/use-reclean.ts';
import { RecleanBanner } from './reclean-banner.tsx';
import { RecleanPanel } from './reclean-panel.tsx';

/** The outdated-articles banner while no re-clean runs, else the re-clean's progress or summary. */
export function RecleanStatus({ controls }: { readonly controls: RecleanControls }): ReactNode {
  const outdated = useOutdatedCount();
  const [dismissed, setDismissed] = useState(false);
  if (controls.state.phase !== 'idle') return <RecleanPanel controls={controls} />;
  if (outdated === 0 || dismissed) return null;
  return (
    <RecleanBanner
      count={outdated}
      onReclean={() => {
        controls.start('outdated');
      }}
      onDismiss={() => {
        setDismissed(true);
      }}
    />
  );
}
