import { join } from 'node:path';
import type { ApiError } from '../../shared/result.ts';
import { checkDatabaseFile } from './database-health.ts';
import { libraryDatabaseName } from './library-files.ts';

/** What to tell someone whose library did not open: a short title and the whole explanation. */
export interface OpenFailureAdvice {
  readonly title: string;
  readonly text: string;
  /** The database is damaged (as opposed to locked, too new, or the folder unusable). */
  readonly damaged: boolean;
}

/** Quotes a path for a POSIX shell only when it needs it, so the printed command can be pasted as is. */
export function shellQuote(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replaceAll("'", `'\\''`)}'`;
}

/**
 * Explains why the library in `dir` did not open. A damaged database gets the exact `dossier check`
 * and `dossier restore` commands for this library; anything else is the core's message as it is.
 */
export async function adviseOpenFailure(dir: string, error: ApiError): Promise<OpenFailureAdvice> {
  const title = 'Dossier cannot open its library';
  // Only 'unreadable' can be damage; the thorough check (quick_check) confirms it, read-only.
  const damaged =
    error.code === 'unreadable' && !(await checkDatabaseFile(join(dir, libraryDatabaseName), true)).ok;
  if (!damaged) {
    return { title, damaged, text: `Dossier cannot open the library at ${dir}: ${error.message}` };
  }
  // The core's message ends with generic advice; the exact commands below replace it.
  const [diagnosis = error.message] = error.message.split(' Nothing was changed.');
  const text = [
    `Dossier cannot open the library at ${dir}: its database is damaged.`,
    `  ${diagnosis}`,
    ...damageAdvice(dir),
  ].join('\n');
  return { title, damaged, text };
}

/**
 * What to do about a damaged database in `dir`, one line each, commands indented: said the same way
 * when opening fails and when the background start-up check finds damage.
 */
export function damageAdvice(dir: string): string[] {
  const library = shellQuote(dir);
  return [
    'Nothing was overwritten: the damaged database is left exactly as it was.',
    'To see what is damaged:',
    `  dossier check --library ${library}`,
    'To put a backup in its place (the damaged library is moved aside next to it, not deleted):',
    `  dossier restore <backup-folder> --force --library ${library}`,
  ];
}
