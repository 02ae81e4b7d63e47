import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { fixture } from './support/reader-page.ts';

const keepers = 'The Last Keepers of Skerryvore';
const sourdough = 'What Makes Sourdough Sour';

test('delete an article, undo, delete it again, then restore it from the Trash', async ({ reader }) => {
  const { page } = reader;
  await reader.dropFiles(fixture('lighthouse-keepers.html', 'sourdough-chemistry.html'));
  await reader.waitForSummary();
  const library = page.getByRole('listbox', { name: 'Library' });
  const option = (title: string): Locator => library.getByRole('option', { name: new RegExp(title) });
  await expect(option(keepers)).toBeVisible();
  await expect(library.getByRole('option')).toHaveCount(2);

  // Delete key on the selected article: it leaves the list and Undo is offered.
  await option(keepers).click();
  await library.focus();
  await page.keyboard.press('Delete');
  await expect(option(keepers)).toHaveCount(0);
  // The toast names what went, so a Delete pressed on the wrong row is noticed.
  const toast = page.getByRole('status').filter({ hasText: 'to Trash' });
  await expect(toast).toContainText(`Moved “${keepers}” to Trash`);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(option(keepers)).toBeVisible();
  await expect(library.getByRole('option')).toHaveCount(2);

  // Again, with the button this time.
  await option(keepers).click();
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(option(keepers)).toHaveCount(0);
  await expect(option(sourdough)).toBeVisible();

  await page.getByRole('navigation', { name: 'Trash' }).getByRole('button', { name: 'Trash' }).click();
  const trashed = page.getByRole('list', { name: 'Trashed articles' });
  await expect(trashed.getByRole('listitem')).toHaveCount(1);
  await expect(trashed).toContainText(keepers);
  await trashed.getByRole('button', { name: `Restore ${keepers}` }).click();
  await expect(page.getByText('The Trash is empty.', { exact: false })).toBeVisible();
  await expect(option(keepers)).toBeVisible();
});

test('Delete forever asks first, and Cancel keeps the article in the Trash', async ({ reader }) => {
  const { page } = reader;
  await reader.dropFiles(fixture('sourdough-chemistry.html'));
  await reader.waitForSummary();
  const library = page.getByRole('listbox', { name: 'Library' });
  await library.getByRole('option', { name: new RegExp(sourdough) }).click();
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await page.getByRole('navigation', { name: 'Trash' }).getByRole('button', { name: 'Trash' }).click();

  const trashed = page.getByRole('list', { name: 'Trashed articles' });
  await trashed.getByRole('button', { name: `Delete ${sourdough}`, exact: false }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete forever' });
  await expect(dialog).toContainText('cannot be undone');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trashed.getByRole('listitem')).toHaveCount(1);

  await page.getByRole('button', { name: 'Empty Trash…' }).click();
  await dialog.getByRole('button', { name: 'Delete forever' }).click();
  await expect(page.getByText('The Trash is empty.', { exact: false })).toBeVisible();
});

test('deleting the only result by keyboard leaves the focus in the search box, not on the page', async ({
  reader,
}) => {
  const { page } = reader;
  await reader.dropFiles(fixture('lighthouse-keepers.html', 'sourdough-chemistry.html'));
  await reader.waitForSummary();
  await reader.search('skerryvore');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option')).toHaveCount(1);
  await results.getByRole('option').click();
  await expect(results).toBeFocused();

  await page.keyboard.press('Delete');
  await expect(page.getByRole('status').filter({ hasText: 'to Trash' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeFocused();
});
