import { toArticleId } from '../../shared/ids.ts';
import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';
import { openCliLibrary } from '../open-cli-library.ts';

/** `dossier thread <id> [--markdown|--json]`: the story thread of an article, oldest first. */
export async function runThread(
  args: readonly string[],
  flags: CliFlags,
  io: CliIo,
  markdown: boolean,
): Promise<number> {
  const raw = Number(args[0]);
  if (args.length !== 1 || !Number.isSafeInteger(raw) || raw <= 0 || (markdown && flags.json)) {
    io.err(
      'dossier thread: give one article id and at most one of --markdown or --json, e.g. dossier thread 12.\n',
    );
    return exitCodes.usage;
  }
  const library = await openCliLibrary(flags, io);
  if (library === null) return exitCodes.error;
  try {
    const id = toArticleId(raw);
    if (markdown) {
      const file = await library.exportThread({ id, format: 'markdown' });
      if (!file.ok) {
        io.err(`dossier thread: ${file.error.message}\n`);
        return exitCodes.error;
      }
      io.out(file.value.content);
      return exitCodes.ok;
    }
    const result = await library.getThread({ id });
    if (!result.ok) {
      io.err(`dossier thread: ${result.error.message}\n`);
      return exitCodes.error;
    }
    const thread = result.value;
    if (flags.json) io.out(`${JSON.stringify(thread)}\n`);
    else {
      io.out(`${thread.name?.name ?? 'Unnamed thread'} (${thread.articles.length} articles)\n`);
      for (const article of thread.articles)
        io.out(
          `${String(article.id).padStart(6)}  ${article.date.slice(0, 10)}  ${article.siteName ?? '-'}  ${article.title}\n`,
        );
      if (thread.truncated) io.out(`Only the first ${thread.articles.length} articles are listed.\n`);
    }
    return exitCodes.ok;
  } finally {
    await library.close();
  }
}
