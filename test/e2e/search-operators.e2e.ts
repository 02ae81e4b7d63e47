import { expect, test } from './support/fixtures.ts';
import { fixture } from './support/reader-page.ts';

const moraine = 'Reading a Moraine';

test('an exact phrase finds its article, and an unknown filter is explained', async ({ reader }) => {
  await reader.dropFiles(fixture('lighthouse-keepers.html', 'sourdough-chemistry.html', 'field-notes'));
  await reader.waitForSummary();

  await reader.search('"diary written in gravel"');
  await expect(reader.results()).toHaveCount(1);
  await expect(reader.results().first()).toContainText(moraine);

  await reader.searchBox.fill('');
  await reader.search('foo:bar');
  await expect(reader.page.getByRole('status').filter({ hasText: 'Unknown filter “foo:”' })).toBeVisible();
});
