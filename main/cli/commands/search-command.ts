import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';
import { openCliLibrary } from '../open-cli-library.ts';

/** `dossier search "<query>" [--json] [--limit N]`: ranked hits, title matches first. */
export async function runSearch(words: readonly string[], flags: CliFlags, io: CliIo): Promise<number> {
  const query = words.join(' ').trim();
  if (query === '') {
    io.err('dossier search: give a query, e.g. dossier search "space agreement".\n');
    return exitCodes.usage;
  }
  const limit = flags.limit === undefined ? 20 : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
    io.err('dossier search: --limit must be a whole number from 1 to 500.\n');
    return exitCodes.usage;
  }
  const library = await openCliLibrary(flags, io);
  if (library === null) return exitCodes.error;
  try {
    let result = await library.search({ query, limit });
    // A page left partial by the phrase-check time budget is completed: the CLI prints it once.
    while (result.ok && result.value.partial === true && result.value.hits.length < limit) {
      const before = result.value;
      const more = await library.search({
        query,
        limit: limit - before.hits.length,
        offset: before.hits.length,
      });
      if (!more.ok) {
        result = more;
        break;
      }
      result = { ok: true, value: { ...more.value, hits: [...before.hits, ...more.value.hits] } };
    }
    if (!result.ok) {
      io.err(`dossier search: ${result.error.message}\n`);
      return exitCodes.error;
    }
    const { hits, total, problems } = result.value;
    for (const problem of problems) io.err(`dossier search: ${problem.message}\n`);
    if (flags.json) {
      for (const hit of hits) {
        const { id, title, siteName, publishedTime, url } = hit.article;
        io.out(
          `${JSON.stringify({ id, title, siteName, publishedTime, url, score: hit.score, snippets: hit.snippets.map((s) => s.text) })}\n`,
        );
      }
      return exitCodes.ok;
    }
    io.out(`${total} ${total === 1 ? 'article' : 'articles'} match “${query}”\n`);
    for (const hit of hits) {
      const { id, title, siteName, publishedTime } = hit.article;
      const where = [siteName, publishedTime?.slice(0, 10)].filter(Boolean).join(', ');
      io.out(
        `#${id}  ${title}${where === '' ? '' : ` — ${where}`}\n${hit.snippets.map((s) => `     ${s.text}\n`).join('')}`,
      );
    }
    return exitCodes.ok;
  } finally {
    await library.close();
  }
}
