import {
  createStreamLogger,
  openLibrary,
  resolveLibraryDir,
  type Library,
  type OpenLibraryOptions,
} from '../core/index.ts';
import { adviseOpenFailure } from '../core/integrity/open-failure-advice.ts';
import type { CliFlags, CliIo } from './cli-io.ts';

/** Opens the library named by --library / $DOSSIER_LIBRARY / the default, or prints why it cannot. */
export async function openCliLibrary(
  flags: CliFlags,
  io: CliIo,
  extra: Pick<OpenLibraryOptions, 'backgroundCheck'> = {},
): Promise<Library | null> {
  const dir = resolveLibraryDir(flags.library);
  // Routine info (index persisted, …) would drown the progress line; warnings and errors still show.
  const logger = { ...createStreamLogger(io.err), info: () => undefined };
  const opened = await openLibrary({ dir, logger, ...extra });
  if (!opened.ok) {
    io.err(`${(await adviseOpenFailure(dir, opened.error)).text}\n`);
    return null;
  }
  return opened.value;
}
