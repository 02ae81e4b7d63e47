import type { ReactNode } from 'react';
import type { ImportOutcome } from '../../main/shared/types.ts';
import { describeError } from '../api/error-messages.ts';

/** One refused, duplicate or same-address file and why. */
export function OutcomeItem({ outcome }: { readonly outcome: ImportOutcome }): ReactNode {
  const why =
    outcome.status === 'duplicate'
      ? `Same file as: ${outcome.duplicateOf?.title ?? 'an article already in the library'}`
      : outcome.status === 'imported'
        ? `Another copy of: ${outcome.sameUrlAs?.title ?? 'an article already in the library'}`
        : outcome.error === undefined
          ? 'Could not be imported.'
          : describeError(outcome.error);
  return (
    <li className={`outcome-${outcome.status}`}>
      <span className="outcome-file">{outcome.file}</span>
      <span className="outcome-why">{why}</span>
    </li>
  );
}
