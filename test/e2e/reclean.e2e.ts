import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test } from '@playwright/test';
import { ReaderPage } from './support/reader-page.ts';
import { repoRoot, startServer, type Server } from './support/serve.ts';

const articleCount = 12;

/** A library imported by the CLI, then marked as cleaned by an older cleaner, as an older Dossier would leave it. */
async function outdatedLibrary(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'dossier-e2e-reclean-'));
  const pages = join(root, 'pages');
  await mkdir(pages);
  for (let i = 0; i < articleCount; i += 1) {
    const paragraphs = Array.from(
      { length: 8 },
      (_, p) => `<p>Paragraph ${p + 1} of report ${i} describes the harbour survey in ordinary words.</p>`,
    );
    await writeFile(
      join(pages, `report-${i}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour report ${i}</title></head>
<body><article><h1>Harbour report ${i}</h1>${paragraphs.join('')}</article></body></html>`,
    );
  }
  const library = join(root, 'library');
  const run = spawnSync(
    join(repoRoot, 'node_modules/.bin/node'),
    [join(repoRoot, 'main/cli/dossier.mjs'), 'import', pages, '--library', library],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`dossier import failed: ${run.stderr}`);
  const db = new DatabaseSync(join(library, 'library.sqlite'));
  db.exec('UPDATE articles SET cleaner_version = cleaner_version - 1');
  db.close();
  return library;
}

let server: Server | null = null;

test.afterEach(async () => {
  await server?.stop();
  server = null;
});

test('a library cleaned by an older cleaner offers a re-clean, shows its progress, and the banner goes away', async ({
  page,
}) => {
  // Importing through the CLI first takes a while on a shared machine.
  test.setTimeout(120_000);
  server = await startServer({ libraryDir: await outdatedLibrary() });
  const reader = new ReaderPage(page);
  await reader.goto(server.url);
  const banner = page.getByRole('region', { name: 'Outdated articles' });
  await expect(banner).toContainText(
    `${articleCount} articles were cleaned by an older version of Dossier’s cleaner.`,
  );
  // The re-clean of a small library may end between two polls of an assertion, so record the bar as it appears.
  await page.evaluate(() => {
    const seen = (): boolean =>
      document.querySelector('[aria-label="Re-clean"] [role="progressbar"]') !== null;
    new MutationObserver(() => {
      if (seen()) document.body.dataset['sawRecleanProgress'] = 'yes';
    }).observe(document.body, { childList: true, subtree: true });
  });

  await banner.getByRole('button', { name: 'Re-clean from originals' }).click();

  const summary = page.getByRole('region', { name: 'Re-clean summary' });
  await expect(summary).toContainText(`${articleCount} re-cleaned · 0 failed`);
  await expect(page.locator('body')).toHaveAttribute('data-saw-reclean-progress', 'yes');
  await expect(banner).toHaveCount(0);
  await summary.getByRole('button', { name: 'Dismiss' }).click();
  await expect(summary).toHaveCount(0);
  await expect(banner).toHaveCount(0);
  await expect(reader.libraryItems()).toHaveCount(articleCount);

  await page.getByText('Library tools').click();
  await page.getByRole('button', { name: 'Re-clean all articles' }).click();

  await expect(summary).toContainText(`${articleCount} re-cleaned · 0 failed`);
  await expect(banner).toHaveCount(0);
});
