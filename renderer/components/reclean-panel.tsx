import type { ReactNode } from 'react';
import type { RecleanControls } from '../hooks/use-reclean.ts';
import { BatchPanel } from './batch-panel.tsx';
import { RecleanSummary } from './reclean-summary.tsx';

/** The running re-clean (progress, Cancel) or what the last one did; nothing when idle. */
export function RecleanPanel({ controls }: { readonly controls: RecleanControls }): ReactNode {
  return (
    <BatchPanel
      controls={controls}
      label="Re-clean"
      preparing="Re-cleaning…"
      running="Re-cleaning…"
      counts={(progress) => `${progress.done} of ${progress.total} · ${progress.failed} failed`}
      finished={(batch) => <RecleanSummary batch={batch} onDismiss={controls.dismiss} />}
    />
  );
}
