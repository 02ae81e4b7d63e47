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

test('a filter with nothing after its colon, alone, says what is wrong and how to write it', async ({
  reader,
}) => {
  await reader.dropFiles(fixture('lighthouse-keepers.html', 'sourdough-chemistry.html'));
  await reader.waitForSummary();

  await reader.search('title:');
  await expect(reader.resultCount()).toHaveText('0 articles');
  await expect(
    reader.page.getByRole('status').filter({ hasText: '“title:” has nothing after its colon' }),
  ).toContainText('title:ceasefire');

  // Finished, the hint goes.
  await reader.searchBox.pressSequentially('sourdough');
  await expect(reader.results()).toHaveCount(1);
  await expect(reader.page.getByRole('status').filter({ hasText: 'nothing after its colon' })).toHaveCount(0);
});

test('parentheses with OR and a negated filter narrow the results', async ({ reader }) => {
  await reader.dropFiles(fixture('lighthouse-keepers.html', 'sourdough-chemistry.html'));
  await reader.waitForSummary();

  await reader.search('(skerryvore OR sourdough) ');
  await expect(reader.results()).toHaveCount(2);

  // Typed afresh: a click into a filled box may put the caret mid-text.
  await reader.searchBox.fill('');
  await reader.search('(skerryvore OR sourdough) -site:northern');
  await expect(reader.results()).toHaveCount(1);
  await expect(reader.results().first()).toContainText('Sourdough');
});

test('a misspelled word shows the results for its correction, and the correction can be searched', async ({
  reader,
}) => {
  await reader.dropFiles(fixture('lighthouse-keepers.html', 'sourdough-chemistry.html'));
  await reader.waitForSummary();

  await reader.search('skerryvroe');
  await expect(reader.page.getByText('No exact matches — showing results for')).toBeVisible();
  await expect(reader.results()).toHaveCount(1);
  await expect(reader.results().first()).toContainText('Skerryvore');

  await reader.page.getByRole('button', { name: 'skerryvore' }).click();
  await expect(reader.searchBox).toHaveValue('skerryvore');
});
