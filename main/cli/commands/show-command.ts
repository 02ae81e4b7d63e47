import { toArticleId } from '../../shared/ids.ts';
import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';
import { openCliLibrary } from '../open-cli-library.ts';

/** `dossier show <id> [--text|--html|--json]`: one article (default: a header and its text). */
export async function runShow(args: readonly string[], flags: CliFlags, io: CliIo): Promise<number> {
  const raw = Number(args[0]);
  if (args.length !== 1 || !Number.isSafeInteger(raw) || raw <= 0) {
    io.err('dossier show: give one article id, e.g. dossier show 12.\n');
    return exitCodes.usage;
  }
  const library = await openCliLibrary(flags, io);
  if (library === null) return exitCodes.error;
  try {
    const result = await library.getArticle({ id: toArticleId(raw) });
    if (!result.ok) {
      io.err(`dossier show: ${result.error.message}\n`);
      return result.error.code === 'not-found' ? exitCodes.error : exitCodes.error;
    }
    const article = result.value;
    if (flags.json) io.out(`${JSON.stringify(article)}\n`);
    else if (flags.html) io.out(`${article.html}\n`);
    else if (flags.text) io.out(`${article.text}\n`);
    else {
      const facts = [article.byline, article.siteName, article.publishedTime, article.url].filter(Boolean);
      const notice =
        article.status === 'no-article' ? '\n(no article found in this page; its original is kept)\n' : '';
      io.out(`${article.title}\n${facts.join(' · ')}\n${notice}\n${article.text}\n`);
    }
    return exitCodes.ok;
  } finally {
    await library.close();
  }
}
