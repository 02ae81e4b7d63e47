import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';
import { openCliLibrary } from '../open-cli-library.ts';

const tables = ['entities', 'mentions', 'cooccurrences'] as const;
type Table = (typeof tables)[number];

function isTable(value: string | undefined): value is Table {
  return (tables as readonly (string | undefined)[]).includes(value);
}

/**
 * `dossier export-entities <entities|mentions|cooccurrences> [--format csv|json]`: the entity
 * registry, every confirmed mention in context, or co-occurrence counts, on stdout for R or Python.
 */
export async function runExportEntities(
  args: readonly string[],
  flags: CliFlags,
  io: CliIo,
  format = 'csv',
): Promise<number> {
  const what = args[0];
  if (args.length !== 1 || !isTable(what)) {
    io.err(
      `dossier export-entities: give one of ${tables.join(', ')}, e.g. dossier export-entities mentions.\n`,
    );
    return exitCodes.usage;
  }
  if (format !== 'csv' && format !== 'json') {
    io.err(`dossier export-entities: --format must be csv or json, not "${format}".\n`);
    return exitCodes.usage;
  }
  const library = await openCliLibrary(flags, io);
  if (library === null) return exitCodes.error;
  try {
    const result = await library.exportEntities({ what, format });
    if (!result.ok) {
      io.err(`dossier export-entities: ${result.error.message}\n`);
      return exitCodes.error;
    }
    io.out(result.value.content);
    return exitCodes.ok;
  } finally {
    await library.close();
  }
}
