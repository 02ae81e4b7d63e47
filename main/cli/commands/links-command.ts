import { toArticleId } from '../../shared/ids.ts';
import { linkTypeInfo, type ArticleLinks, type LinkedArticle } from '../../shared/link-types.ts';
import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';
import { openCliLibrary } from '../open-cli-library.ts';

function line(entry: LinkedArticle, label: string): string {
  const note = entry.link.note === null ? '' : `\n      “${entry.link.note}”`;
  return `  ${label}: [${entry.article.id}] ${entry.article.title}${note}\n`;
}

/** The links of an article as text: outgoing read "follow-up to", incoming "followed up by". */
export function formatLinks(links: ArticleLinks): string {
  if (links.outgoing.length === 0 && links.incoming.length === 0)
    return `Article ${links.articleId} has no links.\n`;
  const out = links.outgoing.map((e) => line(e, linkTypeInfo(e.link.type).label));
  const into = links.incoming.map((e) => line(e, linkTypeInfo(e.link.type).incomingLabel));
  return [...out, ...into].join('');
}

/** `dossier links <id> [--json]`: the links to and from one article. */
export async function runLinks(args: readonly string[], flags: CliFlags, io: CliIo): Promise<number> {
  const raw = Number(args[0]);
  if (args.length !== 1 || !Number.isSafeInteger(raw) || raw <= 0) {
    io.err('dossier links: give one article id, e.g. dossier links 12.\n');
    return exitCodes.usage;
  }
  const library = await openCliLibrary(flags, io);
  if (library === null) return exitCodes.error;
  try {
    const result = await library.getArticleLinks({ id: toArticleId(raw) });
    if (!result.ok) {
      io.err(`dossier links: ${result.error.message}\n`);
      return exitCodes.error;
    }
    io.out(flags.json ? `${JSON.stringify(result.value)}\n` : formatLinks(result.value));
    return exitCodes.ok;
  } finally {
    await library.close();
  }
}
