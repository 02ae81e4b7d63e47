import { toArticleId } from '../../shared/ids.ts';
import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';
import { openCliLibrary } from '../open-cli-library.ts';

function parseLimit(raw: string | undefined): number | null {
  if (raw === undefined) return 10;
  const limit = Number(raw);
  return Number.isSafeInteger(limit) && limit >= 1 && limit <= 50 ? limit : null;
}

/** `dossier related <id> [--json] [--limit N]`: the articles suggested as related to one, with reasons. */
export async function runRelated(args: readonly string[], flags: CliFlags, io: CliIo): Promise<number> {
  const raw = Number(args[0]);
  const limit = parseLimit(flags.limit);
  if (args.length !== 1 || !Number.isSafeInteger(raw) || raw <= 0 || limit === null) {
    io.err(
      'dossier related: give one article id and at most --limit 50, e.g. dossier related 12 --limit 5.\n',
    );
    return exitCodes.usage;
  }
  const library = await openCliLibrary(flags, io);
  if (library === null) return exitCodes.error;
  try {
    const result = await library.getRelatedSuggestions({ id: toArticleId(raw), limit });
    if (!result.ok) {
      io.err(`dossier related: ${result.error.message}\n`);
      return exitCodes.error;
    }
    const { suggestions } = result.value;
    if (flags.json) {
      const rows = suggestions.map((s) => ({
        id: s.article.id,
        score: s.score,
        reasons: s.reasons,
        title: s.article.title,
        summary: s.summary,
      }));
      io.out(`${JSON.stringify(rows)}\n`);
    } else if (suggestions.length === 0) io.out('No related articles suggested.\n');
    else
      for (const s of suggestions)
        io.out(
          `${String(s.article.id).padStart(6)}  ${s.score.toFixed(2)}  ${s.article.title}\n        ${s.summary}\n`,
        );
    return exitCodes.ok;
  } finally {
    await library.close();
  }
}
