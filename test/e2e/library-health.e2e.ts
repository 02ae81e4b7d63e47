// Issue 7: the start-up integrity check of `dossier serve` runs in the background and the UI says
// what it found: a quiet line when it repaired (or found) nothing worse, a banner when it found damage.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test } from '@playwright/test';
import { ReaderPage } from './support/reader-page.ts';
import { repoRoot, startServer, type Server } from './support/serve.ts';

const strayHash = 'cd'.repeat(32);

let server: Server | null = null;

test.afterEach(async () => {
  await server?.stop();
  server = null;
});

/** A new library folder holding only an original no row will ever name, as a crash can leave one. */
async function libraryWithOrphan(): Promise<string> {
  const library = await mkdtemp(join(tmpdir(), 'dossier-e2e-health-'));
  const folder = join(library, 'originals', 'cd', 'cd');
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, strayHash), '<p>left by an interrupted import</p>');
  const hourAgo = new Date(Date.now() - 3_600_000);
  await utimes(join(folder, strayHash), hourAgo, hourAgo);
  return library;
}

/** A library of one article imported by the CLI, whose URL index page is then overwritten with garbage. */
async function libraryWithDamagedIndex(): Promise<string> {
  const pages = await mkdtemp(join(tmpdir(), 'dossier-e2e-damage-pages-'));
  const page = join(pages, 'report.html');
  await writeFile(
    page,
    '<!doctype html><html lang="en"><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1><p>The harbour survey found the quay sound and the dues unchanged this year.</p></article></body></html>',
  );
  // The server removes its library folder on stop, so the library is the whole temp folder.
  const library = await mkdtemp(join(tmpdir(), 'dossier-e2e-damage-'));
  const run = spawnSync(
    join(repoRoot, 'node_modules/.bin/node'),
    [join(repoRoot, 'main/cli/dossier.mjs'), 'import', page, '--library', library],
    { encoding: 'utf8', timeout: 120_000 },
  );
  await rm(pages, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`dossier import failed: ${run.stderr}`);
  const file = join(library, 'library.sqlite');
  const db = new DatabaseSync(file, { readOnly: true });
  const { rootpage } = db
    .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'articles_normalized_url'")
    .get() as { rootpage: number };
  const { page_size: size } = db.prepare('PRAGMA page_size').get() as { page_size: number };
  db.close();
  // Opening never reads this page, so only the background quick_check can notice.
  const bytes = await readFile(file);
  for (let i = (rootpage - 1) * size; i < rootpage * size; i++) bytes[i] = (i * 13) & 0xff;
  await writeFile(file, bytes);
  return library;
}

test('an orphaned original left by a crash is moved aside in the background, and the sidebar says so', async ({
  page,
}) => {
  server = await startServer({ libraryDir: await libraryWithOrphan() });
  const reader = new ReaderPage(page);
  await reader.goto(server.url);

  await expect(reader.libraryHealthLine()).toContainText(/Library checked .+: repaired 1 orphaned file/, {
    timeout: 30_000,
  });
  expect((await stat(join(server.libraryDir, 'lost+found', 'originals', strayHash))).isFile()).toBe(true);
  await expect(reader.libraryDamageBanner()).toHaveCount(0);
});

test('a damaged database page is shown as a banner with what to run, and the library stays usable', async ({
  page,
}) => {
  test.setTimeout(120_000);
  server = await startServer({ libraryDir: await libraryWithDamagedIndex() });
  const reader = new ReaderPage(page);
  await reader.goto(server.url);

  const banner = reader.libraryDamageBanner();
  await expect(banner).toContainText('Dossier found damage in this library.', { timeout: 30_000 });
  await expect(banner).toContainText('The library’s database file is damaged');
  await expect(banner).toContainText('Nothing was overwritten');
  await expect(banner.locator('code')).toContainText([
    `dossier backup <new-folder> --library ${server.libraryDir}`,
    `dossier check --library ${server.libraryDir}`,
    `dossier restore <backup-folder> --force --library ${server.libraryDir}`,
  ]);
  await expect(reader.libraryItems()).toHaveCount(1);
  await expect(reader.libraryHealthLine()).toHaveCount(0);
});
