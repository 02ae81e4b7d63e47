// One place that knows what "the disk is full" looks like, so every write of an import (originals,
// assets, the database commit) reports it with the same code instead of as an internal error.
import type { ApiError } from '../../shared/result.ts';

/** Node's errno codes for "no space left on device" and "disk quota exceeded". */
const fullErrnoCodes = new Set(['ENOSPC', 'EDQUOT']);

/** SQLite's primary result code SQLITE_FULL; extended codes keep it in the low byte. */
const sqliteFull = 13;

/** Whether an error thrown by a file-system or node:sqlite write means the disk (or quota) is full. */
export function isDiskFull(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, errcode, errstr } = error as { code?: unknown; errcode?: unknown; errstr?: unknown };
  if (typeof code === 'string' && fullErrnoCodes.has(code)) return true;
  if (typeof errcode === 'number' && (errcode & 0xff) === sqliteFull) return true;
  // Older node:sqlite builds carry only the text SQLite gives SQLITE_FULL.
  return typeof errstr === 'string' && errstr.includes('database or disk is full');
}

/**
 * The coded error for a failed write of an import: 'disk-full' when the disk is full, else
 * 'internal'. `what` says what was being written ("Cannot store the original").
 */
export function writeFailure(what: string, error: unknown): ApiError {
  return { code: isDiskFull(error) ? 'disk-full' : 'internal', message: `${what}: ${String(error)}` };
}
