import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { exitCodes, processIo, type CliFlags, type CliIo } from './cli-io.ts';
import { helpText } from './help-text.ts';

/** Runs `dossier` with its arguments and resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        library: { type: 'string' },
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        port: { type: 'string' },
        text: { type: 'boolean', default: false },
        html: { type: 'boolean', default: false },
        format: { type: 'string' },
        out: { type: 'string' },
        all: { type: 'boolean', default: false },
        markdown: { type: 'boolean', default: false },
        yes: { type: 'boolean', default: false },
        repair: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    io.err(
      `dossier: ${error instanceof Error ? error.message : String(error)}\nRun \`dossier --help\` for usage.\n`,
    );
    return exitCodes.usage;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.out(`${readVersion()}\n`);
    return exitCodes.ok;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.out(helpText);
    return command === undefined && !values.help ? exitCodes.usage : exitCodes.ok;
  }
  const flags: CliFlags = {
    library: values.library,
    json: values.json,
    limit: values.limit,
    port: values.port,
    text: values.text,
    html: values.html,
  };
  switch (command) {
    // Each command is loaded on demand, so `dossier --help` does not load the whole engine.
    case 'import':
      return (await import('./commands/import-command.ts')).runImport(rest, flags, io);
    case 'search':
      return (await import('./commands/search-command.ts')).runSearch(rest, flags, io);
    case 'show':
      return (await import('./commands/show-command.ts')).runShow(rest, flags, io);
    case 'export':
      return (await import('./commands/export-command.ts')).runExport(rest, flags, io, values.format);
    case 'reclean':
      return (await import('./commands/reclean-command.ts')).runReclean(rest, flags, io, values.all);
    case 'clean':
      return (await import('./commands/clean-command.ts')).runClean(rest, flags, io);
    case 'export-entities':
      return (await import('./commands/export-entities-command.ts')).runExportEntities(
        rest,
        flags,
        io,
        values.format,
      );
    case 'export-links':
      return (await import('./commands/export-links-command.ts')).runExportLinks(rest, flags, io, {
        format: values.format,
        out: values.out,
      });
    case 'links':
      return (await import('./commands/links-command.ts')).runLinks(rest, flags, io);
    case 'entities':
      return (await import('./commands/entities-command.ts')).runEntities(rest, flags, io);
    case 'related':
      return (await import('./commands/related-command.ts')).runRelated(rest, flags, io);
    case 'thread':
      return (await import('./commands/thread-command.ts')).runThread(rest, flags, io, values.markdown);
    case 'delete':
      return (await import('./commands/trash-commands.ts')).runDelete(rest, flags, io);
    case 'trash':
      return (await import('./commands/trash-commands.ts')).runTrash(rest, flags, io);
    case 'restore-article':
      return (await import('./commands/trash-commands.ts')).runRestoreArticle(rest, flags, io);
    case 'empty-trash':
      return (await import('./commands/trash-commands.ts')).runEmptyTrash(rest, flags, io, values.yes);
    case 'check':
      return (await import('./commands/check-command.ts')).runCheck(rest, flags, io, values.repair);
    case 'compact':
      return (await import('./commands/compact-command.ts')).runCompact(rest, flags, io);
    case 'backup':
      return (await import('./commands/backup-commands.ts')).runBackup(rest, flags, io);
    case 'restore':
      return (await import('./commands/backup-commands.ts')).runRestore(rest, flags, io, values.force);
    case 'serve':
      return (await import('./commands/serve-command.ts')).runServe(rest, flags, io);
    default:
      io.err(`dossier: unknown command "${command}". Run \`dossier --help\` for usage.\n`);
      return exitCodes.usage;
  }
}

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
