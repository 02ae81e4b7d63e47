import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { cleanPage } from '../../core/index.ts';
import { suggestEntities, type SuggestedEntity } from '../../core/entities/suggest-entities.ts';
import type { Result } from '../../shared/result.ts';
import { toArticleId } from '../../shared/ids.ts';
import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';
import { openCliLibrary } from '../open-cli-library.ts';

interface ArticleText {
  readonly text: string;
  readonly lang: string | null;
}

/**
 * `dossier entities <id|file> [--json]`: the suggested people, organisations and places of one
 * article — a stored article by id, or a saved page cleaned on the spot (not stored).
 */
export async function runEntities(args: readonly string[], flags: CliFlags, io: CliIo): Promise<number> {
  const target = args[0];
  if (args.length !== 1 || target === undefined) {
    io.err('dossier entities: give one article id or one file, e.g. dossier entities 12.\n');
    return exitCodes.usage;
  }
  const loaded = (await isFile(target)) ? await cleanFile(target) : await readStored(target, flags, io);
  if (loaded === null) return exitCodes.usage;
  if (!loaded.ok) {
    io.err(`dossier entities: ${loaded.error.message}\n`);
    return exitCodes.error;
  }
  const entities = suggestEntities(loaded.value.text, loaded.value.lang);
  io.out(flags.json ? `${JSON.stringify(entities)}\n` : describe(entities));
  return exitCodes.ok;
}

/** One line per entity for people: type, name and how often it is mentioned. */
function describe(entities: readonly SuggestedEntity[]): string {
  if (entities.length === 0) return 'No people, organisations or places suggested.\n';
  const width = Math.max(...entities.map((entity) => entity.type.length));
  return entities
    .map((entity) => {
      const count = entity.mentions.length;
      return `${entity.type.padEnd(width)}  ${entity.name}  (${count} mention${count === 1 ? '' : 's'})\n`;
    })
    .join('');
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Cleans a saved page the way `dossier clean` does, without storing it. */
async function cleanFile(file: string): Promise<Result<ArticleText>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'unreadable', message: `${file}: unreadable: ${reason}` } };
  }
  const cleaned = cleanPage({ bytes, fileName: basename(file) });
  if (!cleaned.ok)
    return { ok: false, error: { ...cleaned.error, message: `${file}: ${cleaned.error.message}` } };
  return { ok: true, value: { text: cleaned.value.text, lang: cleaned.value.lang } };
}

/** Reads a stored article's cleaned text; null (after a message) when the argument is no id. */
async function readStored(target: string, flags: CliFlags, io: CliIo): Promise<Result<ArticleText> | null> {
  const raw = Number(target);
  if (!/^\d+$/u.test(target) || !Number.isSafeInteger(raw) || raw <= 0) {
    io.err(`dossier entities: "${target}" is neither a file nor an article id.\n`);
    return null;
  }
  const library = await openCliLibrary(flags, io);
  if (library === null)
    return { ok: false, error: { code: 'internal', message: 'the library did not open' } };
  try {
    const result = await library.getArticle({ id: toArticleId(raw) });
    if (!result.ok) return result;
    return { ok: true, value: { text: result.value.text, lang: result.value.lang } };
  } finally {
    await library.close();
  }
}
