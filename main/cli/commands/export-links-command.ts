import { writeFile } from 'node:fs/promises';
import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';
import { openCliLibrary } from '../open-cli-library.ts';

/**
 * `dossier export-links [--format csv|json] [--out FILE]`: every link between articles (source,
 * target, type, note, who made it) on stdout, or in FILE, for R, Python or a spreadsheet.
 */
export async function runExportLinks(
  args: readonly string[],
  flags: CliFlags,
  io: CliIo,
  options: { readonly format?: string | undefined; readonly out?: string | undefined } = {},
): Promise<number> {
  const format = options.format ?? 'csv';
  if (args.length !== 0) {
    io.err('dossier export-links: takes no arguments, e.g. dossier export-links --format json.\n');
    return exitCodes.usage;
  }
  if (format !== 'csv' && format !== 'json') {
    io.err(`dossier export-links: --format must be csv or json, not "${format}".\n`);
    return exitCodes.usage;
  }
  const library = await openCliLibrary(flags, io);
  if (library === null) return exitCodes.error;
  try {
    const result = await library.exportLinks({ format });
    if (!result.ok) {
      io.err(`dossier export-links: ${result.error.message}\n`);
      return exitCodes.error;
    }
    if (options.out === undefined) {
      io.out(result.value.content);
      return exitCodes.ok;
    }
    try {
      await writeFile(options.out, result.value.content);
    } catch (error) {
      io.err(`dossier export-links: cannot write ${options.out}: ${String(error)}\n`);
      return exitCodes.error;
    }
    return exitCodes.ok;
  } finally {
    await library.close();
  }
}
