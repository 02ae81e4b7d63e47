import {
  createStreamLogger,
  openLibrary,
  resolveLibraryDir,
  type Library,
  type OpenLibraryOptions,
} from '../core/index.ts';
import { adviseOpenFailure } from '../core/integrity/open-failure-advice.ts';
import type { CliFlags, CliIo } from './cli-io.ts';
import { waitForSearchIndex } from './wait-for-search-index.ts';

/** Opens the library named by --library / $DOSSIER_LIBRARY / the default, or prints why it cannot. */
export async function openCliLibrary(
  flags: CliFlags,
  io: CliIo,
  extra: Pick<OpenLibraryOptions, 'backgroundCheck'> & {
    /** `dossier serve` answers at once and shows the rebuild's progress in the UI instead of waiting. */
    readonly searchInBackground?: boolean;
  } = {},
): Promise<Library | null> {
  const dir = resolveLibraryDir(flags.library);
  // Routine info (index persisted, …) would drown the progress line; warnings and errors still show.
  const logger = { ...createStreamLogger(io.err), info: () => undefined };
  const { searchInBackground = false, ...options } = extra;
  const opened = await openLibrary({ dir, logger, ...options });
  if (!opened.ok) {
    io.err(`${(await adviseOpenFailure(dir, opened.error)).text}\n`);
    return null;
  }
  if (!searchInBackground) await waitForSearchIndex(opened.value, io);
  return opened.value;
}
