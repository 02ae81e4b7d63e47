import { expect, test } from './support/fixtures.ts';
import { fixture } from './support/reader-page.ts';

// Not a check but a look: DOSSIER_SCREENSHOTS=1 writes /tmp/dossier-*.png for a human to review.
test.skip(process.env.DOSSIER_SCREENSHOTS !== '1', 'set DOSSIER_SCREENSHOTS=1 to take screenshots');

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshot of the reader (${colorScheme})`, async ({ reader }) => {
    await reader.page.emulateMedia({ colorScheme });
    await reader.page.screenshot({ path: `/tmp/dossier-empty-${colorScheme}.png` });
    await reader.dropFiles(
      fixture('lighthouse-keepers.html', 'sourdough-chemistry.html', 'field-notes', 'not-really-a-page.html'),
    );
    await reader.waitForSummary();
    await reader.openResult('The Last Keepers of Skerryvore');
    await expect(reader.article().getByText(/climbed one hundred/)).toBeVisible();
    await reader.page.screenshot({ path: `/tmp/dossier-article-${colorScheme}.png` });
    await reader.search('tide');
    await expect(reader.results()).not.toHaveCount(0);
    await reader.page.screenshot({ path: `/tmp/dossier-search-${colorScheme}.png` });
  });
}
