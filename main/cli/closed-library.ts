import { stat } from 'node:fs/promises';
import { resolveLibraryDir } from '../core/library.ts';
import { acquireLibraryLock } from '../core/store/library-lock.ts';
import { exitCodes, type CliFlags, type CliIo } from './cli-io.ts';

/**
 * Runs `work` on the library folder while this process holds its lock (commands that must run with
 * no Dossier open: `check`, `compact`), after refusing arguments and a folder that is not there.
 */
export async function onClosedLibrary(
  command: string,
  args: readonly string[],
  flags: CliFlags,
  io: CliIo,
  work: (dir: string) => Promise<number>,
): Promise<number> {
  if (args.length > 0) {
    io.err(`dossier ${command}: takes no arguments.\n`);
    return exitCodes.usage;
  }
  const dir = resolveLibraryDir(flags.library);
  if (!(await stat(dir).catch(() => null))?.isDirectory()) {
    io.err(`dossier ${command}: there is no library at ${dir}.\n`);
    return exitCodes.error;
  }
  const lock = await acquireLibraryLock(dir);
  if (!lock.ok) {
    io.err(`dossier ${command}: ${lock.error.message} Close it and run the command again.\n`);
    return exitCodes.error;
  }
  try {
    return await work(dir);
  } finally {
    await lock.value();
  }
}
