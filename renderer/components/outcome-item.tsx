import type { ReactNode } from 'react';
import type { ImportOutcome } from '../../main/shared/types.ts';
import { outcomeReason } from './outcome-reason.ts';

/** One refused, duplicate or same-address file and why. */
export function OutcomeItem({ outcome }: { readonly outcome: ImportOutcome }): ReactNode {
  return (
    <li className={`outcome-${outcome.status}`}>
      <span className="outcome-file">{outcome.file}</span>
      <span className="outcome-why">{outcomeReason(outcome)}</span>
    </li>
  );
}
