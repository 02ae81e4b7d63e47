import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './serve.ts';

/** One made-up page: its title and the words of its text. */
export interface GeneratedPage {
  readonly title: string;
  readonly text: string;
}

/**
 * A fresh library holding the given pages, each written as a small HTML article and imported by the
 * `dossier` CLI, as a researcher's folder would be (the pages' folder is removed afterwards).
 */
export async function libraryOfGeneratedPages(pages: readonly GeneratedPage[]): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'dossier-e2e-pages-'));
  for (const [i, { title, text }] of pages.entries()) {
    await writeFile(
      join(folder, `page-${String(i).padStart(3, '0')}.html`),
      `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${text}.</p><p>${text} ${i}.</p></article></body></html>`,
    );
  }
  const library = await mkdtemp(join(tmpdir(), 'dossier-e2e-library-'));
  const run = spawnSync(
    join(repoRoot, 'node_modules/.bin/node'),
    [join(repoRoot, 'main/cli/dossier.mjs'), 'import', folder, '--library', library],
    { encoding: 'utf8', timeout: 150_000 },
  );
  await rm(folder, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`dossier import failed: ${run.stderr}`);
  return library;
}
