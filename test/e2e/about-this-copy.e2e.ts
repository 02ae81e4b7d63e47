import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures.ts';
import { fixture } from './support/reader-page.ts';

const [morning = '', evening = ''] = fixture(
  'two-saves/barrier-morning.html',
  'two-saves/barrier-evening.html',
);
const morningTitle = 'Harbour flood barrier closes';
const eveningTitle = 'Storm surge: harbour barrier holds';

function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

test('two saves of one story: the second is another copy, and About this copy shows provenance and links to the first', async ({
  reader,
}) => {
  await reader.dropFiles([morning]);
  await expect(await reader.waitForSummary()).toContainText('1 imported');
  await reader.summary.getByRole('button', { name: 'Dismiss' }).click();
  await reader.dropFiles([evening]);
  const summary = await reader.waitForSummary();
  await expect(summary).toContainText('1 imported');
  await expect(summary).toContainText(`Another copy of: ${morningTitle}`);

  await reader.openResult(eveningTitle);
  const panel = await reader.openAboutThisCopy();
  await expect(panel).toContainText(sha256Of(evening));
  await expect(panel).toContainText('barrier-evening.html');
  await expect(panel).toContainText('utf-8');
  const sameUrl = panel.getByRole('region', { name: 'Other copies (same URL)' });
  const versions = panel.getByRole('region', { name: 'Versions (near-identical text)' });
  await expect(versions.getByRole('button', { name: morningTitle })).toBeVisible();

  await sameUrl.getByRole('button', { name: morningTitle }).click();

  await expect(reader.page.getByRole('heading', { level: 1, name: morningTitle })).toBeVisible();
  await expect(panel).toContainText(sha256Of(morning));
  await expect(sameUrl.getByRole('button', { name: eveningTitle })).toBeVisible();
});

test('Export Markdown downloads the article with its provenance in the front matter', async ({ reader }) => {
  await reader.dropFiles([morning]);
  await expect(await reader.waitForSummary()).toContainText('1 imported');
  await reader.openResult(morningTitle);
  const panel = await reader.openAboutThisCopy();

  const [download] = await Promise.all([
    reader.page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);

  expect(download.suggestedFilename()).toBe('1-harbour-flood-barrier-closes.md');
  const path = await download.path();
  const content = readFileSync(path, 'utf8');
  expect(content).toContain(`sha256: "${sha256Of(morning)}"`);
  expect(content).toContain('original_file_name: "barrier-morning.html"');
  expect(content).toContain('Engineers closed the new flood barrier');
});
