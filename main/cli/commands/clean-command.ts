import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { cleanPage, type CleanedPage } from '../../core/index.ts';
import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';

/** `dossier clean <files…> [--json]`: cleans pages without storing them; one JSON object per line and file. */
export async function runClean(files: readonly string[], flags: CliFlags, io: CliIo): Promise<number> {
  if (files.length === 0) {
    io.err('dossier clean: name at least one file.\n');
    return exitCodes.usage;
  }
  let failures = 0;
  for (const file of files) {
    const line = await cleanOne(file);
    if (!line.ok) failures += 1;
    if (flags.json) io.out(`${JSON.stringify(line)}\n`);
    else if (line.ok) io.out(`== ${file}\n${line.title ?? ''}\n\n${line.text ?? ''}\n\n`);
    else io.err(`dossier clean: ${file}: ${line.error ?? ''}\n`);
  }
  return failures > 0 ? exitCodes.someFailed : exitCodes.ok;
}

/** The fields of a cleaned page that `dossier clean --json` prints, in their stable order. */
const pageFields = [
  'title',
  'byline',
  'siteName',
  'publishedTime',
  'url',
  'lang',
  'excerpt',
  'text',
  'html',
] as const;

type PageFields = { readonly [K in (typeof pageFields)[number]]: CleanedPage[K] | null };

/** The stable shape other tools read from `dossier clean --json`. Keep its keys and order. */
type CleanLine = { readonly file: string; readonly ok: boolean; readonly error?: string } & PageFields;

function pickFields(page: CleanedPage | null): PageFields {
  return Object.fromEntries(
    pageFields.map((field) => [field, page === null ? null : page[field]]),
  ) as PageFields;
}

async function cleanOne(file: string): Promise<CleanLine> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file, ok: false, error: `unreadable: ${reason}`, ...pickFields(null) };
  }
  const result = cleanPage({ bytes, fileName: basename(file) });
  if (!result.ok)
    return { file, ok: false, error: `${result.error.code}: ${result.error.message}`, ...pickFields(null) };
  return { file, ok: true, ...pickFields(result.value) };
}
