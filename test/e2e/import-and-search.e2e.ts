import { copyFile, mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures.ts';
import { fixture } from './support/reader-page.ts';

const lighthouse = 'The Last Keepers of Skerryvore';
const sourdough = 'What Makes Sourdough Sour';
const tides = 'Spring Tides and the Syzygy';
const moraine = 'Reading a Moraine';

/** Two pages, a folder (with a nested folder and a non-page), a PNG named .html and an empty .html. */
const batch = fixture(
  'lighthouse-keepers.html',
  'sourdough-chemistry.html',
  'field-notes',
  'not-really-a-page.html',
  'empty-page.html',
);

test('an empty library invites a drop', async ({ reader }) => {
  await expect(reader.page.getByRole('heading', { name: 'Drop saved pages here' })).toBeVisible();
  await expect(reader.page.getByRole('button', { name: 'Import…' }).first()).toBeEnabled();
  await expect(reader.page.getByText('0 articles')).toBeVisible();
});

test('dropping files and a folder imports the pages and reports the bad files', async ({ reader }) => {
  await reader.dropFiles(batch);

  // Progress first (the panel stays up while the batch runs), then the summary.
  await expect(reader.importPanel.or(reader.summary)).toBeVisible();
  const summary = await reader.waitForSummary();
  await expect(summary).toContainText('4 imported');
  await expect(summary).toContainText('2 failed');

  const attention = summary.getByRole('list', { name: 'Files needing attention' }).getByRole('listitem');
  await expect(attention).toHaveCount(2);
  // The same reasons `dossier import` prints: what the file is, not only that it failed.
  await expect(attention.filter({ hasText: 'not-really-a-page.html' })).toContainText(
    'not-really-a-page.html is a PNG image, not HTML',
  );
  await expect(attention.filter({ hasText: 'empty-page.html' })).toContainText('empty-page.html is empty');

  // The folder was walked: its nested page arrived, its readme.rtf was skipped.
  await expect(reader.libraryItems()).toHaveCount(4);
  for (const title of [lighthouse, sourdough, tides, moraine]) {
    await expect(reader.libraryItems().filter({ hasText: title })).toHaveCount(1);
  }
  await expect(reader.page.getByText('4 articles')).toBeVisible();
  await expect(reader.page.getByText('Drop saved pages here')).toBeHidden();

  // Dropped as a real folder: the page keeps its path relative to what was dropped.
  await reader.openResult(moraine);
  await expect(reader.page.getByRole('main')).toContainText(
    'Saved as field-notes/glaciers/reading-a-moraine.html',
  );
});

test('a dropped folder gives its MHTML saves and text dumps too, as dossier import does', async ({
  reader,
}) => {
  // mixed-formats/: a copy of the golden MHTML and text-dump articles, and a Markdown note written for Dossier.
  await reader.dropFiles(fixture('mixed-formats'));

  const summary = await reader.waitForSummary();
  await expect(summary).toContainText('3 imported');
  for (const title of [
    'Island café reopens after the storm',
    'Winter timetable for the outer islands ferry',
  ]) {
    await expect(reader.libraryItems().filter({ hasText: title })).toHaveCount(1);
  }
  await expect(reader.libraryItems().filter({ hasText: 'space partnership' })).toHaveCount(1);
});

test('a file too large for one upload is refused by name and size, and the rest of its folder is imported', async ({
  reader,
}) => {
  // 80 MB: over the 50 MB limit, and over what one upload request can carry (72 MB).
  const dir = await mkdtemp(join(tmpdir(), 'dossier-e2e-huge-'));
  try {
    const folder = join(dir, 'saves');
    await mkdir(folder);
    const huge = join(folder, 'huge.html');
    await writeFile(huge, '');
    await truncate(huge, 80 * 1024 * 1024);
    const [keepers] = fixture('lighthouse-keepers.html');
    if (keepers === undefined) throw new Error('fixture missing');
    await copyFile(keepers, join(folder, 'lighthouse-keepers.html'));

    await reader.dropFiles([folder]);

    const summary = await reader.waitForSummary();
    await expect(summary).toContainText('1 imported · 1 failed');
    const attention = summary.getByRole('list', { name: 'Files needing attention' }).getByRole('listitem');
    await expect(attention).toHaveText(
      /saves\/huge\.html\s*huge\.html is 80 MB, over the 50 MB limit per file/,
    );
    await expect(reader.libraryItems().filter({ hasText: lighthouse })).toHaveCount(1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the progress bar and Cancel show while a batch is imported', async ({ reader }) => {
  // Hold the upload until the running state has been seen: no race with a fast import.
  const held = await reader.holdUploads();
  await reader.dropFiles(batch);
  await expect(reader.progressBar).toBeVisible();
  await expect(reader.importPanel.getByRole('heading', { name: 'Importing…' })).toBeVisible();
  await expect(reader.importPanel.getByRole('button', { name: 'Cancel' })).toBeEnabled();
  await held.arrived;
  held.release();

  const summary = await reader.waitForSummary();
  await expect(reader.progressBar).toBeHidden();
  await expect(summary).toContainText('4 imported · 2 failed');
});

test('Cancel stops a running import', async ({ reader }) => {
  const held = await reader.holdUploads();
  await reader.dropFiles(batch);
  await reader.importPanel.getByRole('button', { name: 'Cancel' }).click();
  await held.arrived;
  held.release();

  const summary = await reader.waitForSummary();
  await expect(summary.getByRole('heading', { name: 'Import cancelled' })).toBeVisible();
});

test('an article opens as clean text, and its original stays sandboxed', async ({ reader }) => {
  await reader.dropFiles(batch);
  await reader.waitForSummary();
  await reader.openResult(lighthouse);

  const meta = reader.page.getByRole('main');
  await expect(meta.getByText('Northern Coast Review')).toBeVisible();
  await expect(meta.getByText('Morag Ferguson')).toBeVisible();
  await expect(meta.getByText('https://coast.example/stories/skerryvore-keepers')).toBeVisible();
  await expect(reader.article().getByText(/climbed one hundred and fifty-one steps/)).toBeVisible();
  // Site chrome is gone from the clean view.
  await expect(reader.article().getByText('Subscribe')).toHaveCount(0);
  // A link in the saved page does not take the reader anywhere.
  await reader.article().getByRole('link', { name: 'the logbooks are archived online' }).click();
  await expect(reader.article().getByText(/climbed one hundred and fifty-one steps/)).toBeVisible();

  await reader.page.getByRole('button', { name: 'Original' }).click();
  const original = reader.page.locator('iframe[title^="Original page:"]');
  await expect(original).toHaveAttribute('sandbox', '');
  await expect(
    reader.page.frameLocator('iframe[title^="Original page:"]').getByText('Subscribe'),
  ).toBeVisible();
  // The page's script never ran.
  await expect(reader.page).toHaveTitle('Dossier');

  await reader.page.getByRole('button', { name: 'Clean' }).click();
  await expect(reader.article().getByText(/climbed one hundred and fifty-one steps/)).toBeVisible();
});

test('search finds a body word as it is typed, and results narrow', async ({ reader }) => {
  await reader.dropFiles(batch);
  await reader.waitForSummary();
  await expect(reader.libraryItems()).toHaveCount(4);

  await reader.search('mor');
  // "mor" is a prefix of more, morning and moraine: several articles match.
  await expect.poll(() => reader.results().count()).toBeGreaterThan(1);

  await reader.searchBox.pressSequentially('aine');
  await expect(reader.results()).toHaveCount(1);
  const hit = reader.results().first();
  await expect(hit).toContainText(moraine);
  await expect(hit.locator('mark').first()).toHaveText(/moraine/i);

  await reader.openResult(moraine);
  await expect(reader.article().getByText(/diary written in gravel/)).toBeVisible();

  // Escape clears the search and the library list returns.
  await reader.searchBox.press('Escape');
  await expect(reader.searchBox).toHaveValue('');
  await expect(reader.libraryItems()).toHaveCount(4);
});

test('keyboard: / focuses search, ↓ selects and Enter opens', async ({ reader }) => {
  await reader.dropFiles(batch);
  await reader.waitForSummary();
  await expect(reader.libraryItems()).toHaveCount(4);

  await reader.page.locator('body').click({ position: { x: 5, y: 5 } });
  await reader.page.keyboard.press('/');
  await expect(reader.searchBox).toBeFocused();

  await reader.page.keyboard.type('syzygy');
  await expect(reader.results()).toHaveCount(1);
  await reader.page.keyboard.press('ArrowDown');
  await expect(reader.results().first()).toHaveAttribute('aria-selected', 'true');
  await reader.page.keyboard.press('Enter');
  await expect(reader.page.getByRole('heading', { level: 1, name: tides })).toBeVisible();
  await expect(reader.article().getByText(/an alignment astronomers call a syzygy/)).toBeVisible();

  // In the library list too: Escape back to it, move down twice, open.
  await reader.page.keyboard.press('Escape');
  await expect(reader.libraryItems()).toHaveCount(4);
  await reader.libraryList.focus();
  await reader.page.keyboard.press('Home');
  await reader.page.keyboard.press('ArrowDown');
  const second = reader.libraryItems().nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  const title = (await second.locator('.option-title').textContent()) ?? '';
  await reader.page.keyboard.press('Enter');
  await expect(reader.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('importing a page again reports the duplicate', async ({ reader }) => {
  await reader.dropFiles(fixture('lighthouse-keepers.html'));
  await expect(reader.libraryItems()).toHaveCount(1);
  await reader.page.getByRole('button', { name: 'Dismiss' }).click();

  await reader.dropFiles(fixture('lighthouse-keepers.html'));
  const summary = await reader.waitForSummary();
  await expect(summary).toContainText('1 duplicate');
  await expect(summary).toContainText(`Same file as: ${lighthouse}`);
  await expect(reader.libraryItems()).toHaveCount(1);
});

test('a page without an article offers its original', async ({ reader }) => {
  await reader.dropFiles(fixture('members-only.html'));
  await expect(reader.libraryItems()).toHaveCount(1);
  await reader.libraryItems().first().click();

  const main = reader.page.getByRole('main');
  await expect(main.getByText('No article found.')).toBeVisible();
  await main.getByRole('button', { name: 'View original page' }).click();
  await expect(reader.page.getByRole('button', { name: 'Original' })).toHaveAttribute('aria-pressed', 'true');
  await expect(
    reader.page.frameLocator('iframe[title^="Original page:"]').getByText('Forgot password?'),
  ).toBeVisible();
});
