import { expect, test } from './support/fixtures.ts';
import { resolve } from 'node:path';
import { fixture, fixturesDir } from './support/reader-page.ts';

// The golden copy of the sample page, shared with the cleaner's golden tests rather than duplicated.
const samplePage = resolve(fixturesDir, '../articles/space-partnership/source.html');

const title =
  'Despite rock bottom relations back home on Earth, Russia & US embrace space partnership for another decade of rocket-sharing';
const promo = 'WATCH as Russian Soyuz rocket launches 36 separate satellites';

test('restoring a removed promo from the cleaning report puts its text back in the article, and undo removes it', async ({
  reader,
}) => {
  await reader.dropFiles([samplePage]);
  await expect(await reader.waitForSummary()).toContainText('1 imported');
  await reader.openResult(title);

  const main = reader.page.getByRole('main');
  await expect(main).toContainText(/\d+ items removed: .*icons.*2 promos/);
  await expect(reader.article().locator('body')).not.toContainText(promo);

  await main.getByRole('button', { name: 'Show' }).click();
  const panel = reader.cleaningPanel();
  await expect(panel).toContainText('Keep everything this rule removed here');
  const block = panel.getByRole('listitem').filter({ hasText: promo });
  await expect(block).toContainText('promo');
  await block.getByRole('button', { name: 'Restore' }).click();

  await expect(reader.article().locator('body')).toContainText(promo);
  await expect(panel.getByRole('listitem').filter({ hasText: promo })).toHaveCount(0);
  await expect(main).toContainText(/items removed: .*1 promo\b/);

  await panel.getByRole('button', { name: 'Remove again' }).click();
  await expect(reader.article().locator('body')).not.toContainText(promo);
  await expect(panel.getByRole('listitem').filter({ hasText: promo })).toHaveCount(1);
});

test('a page with nothing removed says so, and its panel is empty', async ({ reader }) => {
  await reader.dropFiles(fixture('sourdough-chemistry.html'));
  await expect(await reader.waitForSummary()).toContainText('1 imported');
  await reader.openResult('What Makes Sourdough Sour');

  const main = reader.page.getByRole('main');
  await expect(main).toContainText('Nothing was removed from this page');
  await main.getByRole('button', { name: 'Show' }).click();

  await expect(reader.cleaningPanel()).toContainText('Nothing was removed from this page.');
  await expect(reader.cleaningPanel().getByRole('button')).toHaveCount(0);
});
