import type { ReactNode } from 'react';
import type { LibraryHealth } from '../../main/shared/health-types.ts';
import { describeHealth } from './describe-health.ts';

/** The quiet status line of the start-up check: "Library checked 14:02: no problems", details on hover. */
export function LibraryHealthLine({ health }: { readonly health: LibraryHealth }): ReactNode {
  const text = describeHealth(health);
  if (text === null) return null;
  return (
    <p className="library-health-line" role="status" title={health.repaired.join('\n')}>
      {text}
    </p>
  );
}
