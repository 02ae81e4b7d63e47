import type { Library } from '../../core/library.ts';
import { toArticleId, type ArticleId } from '../../shared/ids.ts';
import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';
import { openCliLibrary } from '../open-cli-library.ts';

function parseIds(args: readonly string[]): ArticleId[] | null {
  const ids = args.map(Number);
  if (ids.length === 0 || !ids.every((id) => Number.isSafeInteger(id) && id > 0)) return null;
  return ids.map(toArticleId);
}

async function withLibrary(
  flags: CliFlags,
  io: CliIo,
  work: (library: Library) => Promise<number>,
): Promise<number> {
  const library = await openCliLibrary(flags, io);
  if (library === null) return exitCodes.error;
  try {
    return await work(library);
  } finally {
    await library.close();
  }
}

/** `dossier delete <id…> [--json]`: moves articles to the Trash (restorable with restore-article). */
export async function runDelete(args: readonly string[], flags: CliFlags, io: CliIo): Promise<number> {
  const ids = parseIds(args);
  if (ids === null) {
    io.err('dossier delete: give one or more article ids, e.g. dossier delete 12 14.\n');
    return exitCodes.usage;
  }
  return withLibrary(flags, io, async (library) => {
    const result = await library.trashArticles({ ids });
    if (!result.ok) {
      io.err(`dossier delete: ${result.error.message}\n`);
      return exitCodes.error;
    }
    const { trashed } = result.value;
    io.out(
      flags.json ? `${JSON.stringify(result.value)}\n` : `Moved ${trashed} of ${ids.length} to the Trash.\n`,
    );
    return trashed === ids.length ? exitCodes.ok : exitCodes.error;
  });
}

/** `dossier trash [--json]`: the articles in the Trash. */
export async function runTrash(args: readonly string[], flags: CliFlags, io: CliIo): Promise<number> {
  if (args.length > 0) {
    io.err('dossier trash: takes no arguments.\n');
    return exitCodes.usage;
  }
  return withLibrary(flags, io, async (library) => {
    const result = await library.listTrash({});
    if (!result.ok) {
      io.err(`dossier trash: ${result.error.message}\n`);
      return exitCodes.error;
    }
    for (const item of result.value.items) {
      const site = item.siteName === null ? '' : ` · ${item.siteName}`;
      io.out(
        flags.json
          ? `${JSON.stringify(item)}\n`
          : `${item.id}\t${item.title}${site} · trashed ${item.trashedAt}\n`,
      );
    }
    if (!flags.json && result.value.items.length === 0) io.err('The Trash is empty.\n');
    return exitCodes.ok;
  });
}

/** `dossier restore-article <id…> [--json]`: puts trashed articles back. */
export async function runRestoreArticle(
  args: readonly string[],
  flags: CliFlags,
  io: CliIo,
): Promise<number> {
  const ids = parseIds(args);
  if (ids === null) {
    io.err('dossier restore-article: give one or more ids from `dossier trash`.\n');
    return exitCodes.usage;
  }
  return withLibrary(flags, io, async (library) => {
    const result = await library.restoreArticles({ ids });
    if (!result.ok) {
      io.err(`dossier restore-article: ${result.error.message}\n`);
      return exitCodes.error;
    }
    const { restored, droppedLinks, skipped } = result.value;
    if (flags.json) io.out(`${JSON.stringify(result.value)}\n`);
    else {
      const notes = [
        droppedLinks > 0 ? `${droppedLinks} link(s) to deleted articles dropped` : '',
        skipped > 0 ? `${skipped} left in the Trash: the same file was imported again` : '',
      ].filter(Boolean);
      io.out(`Restored ${restored} of ${ids.length}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}.\n`);
    }
    return restored === ids.length ? exitCodes.ok : exitCodes.error;
  });
}

/** `dossier empty-trash --yes [--json]`: deletes every trashed article for good; refuses without --yes. */
export async function runEmptyTrash(
  args: readonly string[],
  flags: CliFlags,
  io: CliIo,
  yes: boolean,
): Promise<number> {
  if (args.length > 0 || !yes) {
    io.err(
      'dossier empty-trash: this deletes the trashed articles and their files for good; add --yes to do it.\n',
    );
    return exitCodes.usage;
  }
  return withLibrary(flags, io, async (library) => {
    const result = await library.emptyTrash({});
    if (!result.ok) {
      io.err(`dossier empty-trash: ${result.error.message}\n`);
      return exitCodes.error;
    }
    const { deleted, freedBytes } = result.value;
    io.out(
      flags.json
        ? `${JSON.stringify(result.value)}\n`
        : `Deleted ${deleted} for good; freed ${freedBytes} bytes.\n`,
    );
    return exitCodes.ok;
  });
}
