import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { cleanPage } from '../../core/index.ts';
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

/** The stable shape other tools read from `dossier clean --json`. Keep its keys and order. */
interface CleanLine {
  readonly file: string;
  readonly ok: boolean;
  readonly error?: string;
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly publishedTime: string | null;
  readonly url: string | null;
  readonly lang: string | null;
  readonly excerpt: string | null;
  readonly text: string | null;
  readonly html: string | null;
}

async function cleanOne(file: string): Promise<CleanLine> {
  const empty = {
    title: null,
    byline: null,
    siteName: null,
    publishedTime: null,
    url: null,
    lang: null,
    excerpt: null,
  };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file, ok: false, error: `unreadable: ${reason}`, ...empty, text: null, html: null };
  }
  const result = cleanPage({ bytes, fileName: basename(file) });
  if (!result.ok) {
    return {
      file,
      ok: false,
      error: `${result.error.code}: ${result.error.message}`,
      ...empty,
      text: null,
      html: null,
    };
  }
  const page = result.value;
  return {
    file,
    ok: true,
    title: page.title,
    byline: page.byline,
    siteName: page.siteName,
    publishedTime: page.publishedTime,
    url: page.url,
    lang: page.lang,
    excerpt: page.excerpt,
    text: page.text,
    html: page.html,
  };
}
