import { resolve } from 'node:path';
import { backupLibrary } from '../../core/integrity/backup-library.ts';
import { restoreLibrary } from '../../core/integrity/restore-library.ts';
import { resolveLibraryDir } from '../../core/library.ts';
import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';

/** `dossier backup <dest> [--json]`: a consistent copy of the library, safe while Dossier has it open. */
export async function runBackup(args: readonly string[], flags: CliFlags, io: CliIo): Promise<number> {
  const [dest, ...extra] = args;
  if (dest === undefined || extra.length > 0) {
    io.err('dossier backup: give one new or empty folder, e.g. dossier backup /media/usb/dossier-2026-11.\n');
    return exitCodes.usage;
  }
  const result = await backupLibrary(resolveLibraryDir(flags.library), resolve(dest));
  if (!result.ok) {
    io.err(`dossier backup: ${result.error.message}\n`);
    return exitCodes.error;
  }
  const { articles, originals, assets, files } = result.value;
  io.out(
    flags.json
      ? `${JSON.stringify({ dest: resolve(dest), articles, originals, assets, files: files.length })}\n`
      : `Backed up ${articles} article(s), ${originals} original(s) and ${assets} image(s) to ${resolve(dest)}.\n`,
  );
  return exitCodes.ok;
}

/** `dossier restore <backup> [--library DIR] [--force] [--json]`: verifies a backup, then puts it in place. */
export async function runRestore(
  args: readonly string[],
  flags: CliFlags,
  io: CliIo,
  force: boolean,
): Promise<number> {
  const [backup, ...extra] = args;
  if (backup === undefined || extra.length > 0) {
    io.err('dossier restore: give the backup folder, e.g. dossier restore /media/usb/dossier-2026-11.\n');
    return exitCodes.usage;
  }
  const dir = resolveLibraryDir(flags.library);
  const result = await restoreLibrary(resolve(backup), dir, { force });
  if (!result.ok) {
    io.err(`dossier restore: ${result.error.message}\n`);
    return exitCodes.error;
  }
  const { articles, movedAside } = result.value;
  if (flags.json) io.out(`${JSON.stringify({ library: dir, ...result.value })}\n`);
  else {
    const aside = movedAside === null ? '' : ` The previous library was moved to ${movedAside}.`;
    io.out(`Restored ${articles} article(s) into ${dir}.${aside}\n`);
  }
  return exitCodes.ok;
}
