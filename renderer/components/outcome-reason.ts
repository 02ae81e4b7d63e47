import type { ImportOutcome } from '../../main/shared/types.ts';
import type { ErrorCode } from '../../main/shared/result.ts';
import { describeError } from '../api/error-messages.ts';

/** Failures of the file itself, whose reason the archive states in full (what the file is, its size…). */
const fileFaults: ReadonlySet<ErrorCode> = new Set([
  'not-html',
  'empty',
  'unreadable',
  'too-large',
  'too-complex',
]);

/**
 * Why a file is listed after an import. A fault of the file gives the archive's own reason, the
 * sentence `dossier import` prints too ("… is a PNG image, not HTML", "… is 61.3 MB, over the 50 MB
 * limit per file"), so that wording lives in one place. Other failures (a full disk, a crash) lead
 * with what the user can do, then the archive's detail.
 */
export function outcomeReason(outcome: ImportOutcome): string {
  if (outcome.status === 'duplicate') {
    return `Same file as: ${outcome.duplicateOf?.title ?? 'an article already in the library'}`;
  }
  if (outcome.status === 'imported') {
    return `Another copy of: ${outcome.sameUrlAs?.title ?? 'an article already in the library'}`;
  }
  if (outcome.error === undefined) return 'Could not be imported.';
  const detail = outcome.error.message.trim();
  if (detail === '') return describeError(outcome.error);
  return fileFaults.has(outcome.error.code) ? detail : `${describeError(outcome.error)} (${detail})`;
}
