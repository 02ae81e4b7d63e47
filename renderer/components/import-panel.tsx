import type { ReactNode } from 'react';
import type { ImportControls } from '../hooks/use-import.ts';
import { BatchPanel } from './batch-panel.tsx';
import { countsLine } from './import-counts.ts';
import { ImportSummary } from './import-summary.tsx';

/** The running import (progress, Cancel) or what the last one did. */
export function ImportPanel({ controls }: { readonly controls: ImportControls }): ReactNode {
  return (
    <BatchPanel
      controls={controls}
      label="Import"
      preparing="Reading files…"
      running="Importing…"
      counts={(progress) => countsLine(progress, true)}
      finished={(batch) => <ImportSummary batch={batch} onDismiss={controls.dismiss} />}
    />
  );
}
