import { toArticleId } from '../../shared/ids.ts';
import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';
import { openCliLibrary } from '../open-cli-library.ts';

/** `dossier export <id> [--format json|markdown]`: one article with its provenance, on stdout. */
export async function runExport(
  args: readonly string[],
  flags: CliFlags,
  io: CliIo,
  format = 'markdown',
): Promise<number> {
  const raw = Number(args[0]);
  if (args.length !== 1 || !Number.isSafeInteger(raw) || raw <= 0) {
    io.err('dossier export: give one article id, e.g. dossier export 12 --format json.\n');
    return exitCodes.usage;
  }
  if (format !== 'json' && format !== 'markdown') {
    io.err(`dossier export: --format must be json or markdown, not "${format}".\n`);
    return exitCodes.usage;
  }
  const library = await openCliLibrary(flags, io);
  if (library === null) return exitCodes.error;
  try {
    const result = await library.exportArticle({ id: toArticleId(raw), format });
    if (!result.ok) {
      io.err(`dossier export: ${result.error.message}\n`);
      return exitCodes.error;
    }
    io.out(result.value.content);
    return exitCodes.ok;
  } finally {
    await library.close();
  }
}
