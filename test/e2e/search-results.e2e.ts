import { expect, test } from './support/fixtures.ts';
import { fixture } from './support/reader-page.ts';

const tides = 'Spring Tides and the Syzygy';
const moraine = 'Reading a Moraine';
const trench = 'Nine Days Over the Trench';
const pages = fixture('lighthouse-keepers.html', 'sourdough-chemistry.html', 'field-notes');

test('typing narrows the results letter by letter, and a filter narrows them further', async ({ reader }) => {
  await reader.dropFiles(pages);
  await reader.waitForSummary();

  await reader.search('st');
  const broad = await reader.resultTotal();
  expect(broad).toBeGreaterThan(1);
  await reader.searchBox.pressSequentially('arter');
  await expect(reader.resultCount()).toHaveText('1 article');
  await expect(reader.results()).toHaveCount(1);
  await expect(reader.results().first()).toHaveAttribute('aria-setsize', '1');

  await reader.searchBox.fill('');
  await reader.search('title:moraine');
  await expect(reader.resultCount()).toHaveText('1 article');
  await expect(reader.results().first()).toContainText(moraine);
});

test('opening a hit marks its matches, and n / the buttons step through them', async ({ reader }) => {
  await reader.dropFiles(pages);
  await reader.waitForSummary();

  await reader.search('moon sun');
  await reader.openResult(tides);
  const marks = reader.article().locator('mark.dossier-match');
  await expect(marks.first()).toBeVisible();
  const count = await marks.count();
  expect(count).toBeGreaterThan(1);
  await expect(reader.matchIndicator()).toContainText(`1 of ${count}`);
  await expect(marks.nth(0)).toHaveClass(/is-current/);

  await reader.page.getByRole('listbox', { name: 'Search results' }).focus();
  await reader.page.keyboard.press('n');
  await expect(reader.matchIndicator()).toContainText(`2 of ${count}`);
  await expect(marks.nth(1)).toHaveClass(/is-current/);
  const box = await marks.nth(1).boundingBox();
  const viewport = reader.page.viewportSize();
  expect(box).not.toBeNull();
  expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
  expect(box?.y ?? Infinity).toBeLessThan(viewport?.height ?? 0);

  await reader.matchIndicator().getByRole('button', { name: 'Previous match' }).click();
  await expect(reader.matchIndicator()).toContainText(`1 of ${count}`);

  // Clearing the query clears the marks.
  await reader.searchBox.fill('');
  await expect(marks).toHaveCount(0);
  await expect(reader.matchIndicator()).toBeHidden();
});

test('a hit shows its site and date, and opening it scrolls the article to a match far down', async ({
  reader,
}) => {
  await reader.dropFiles(fixture('long-read'));
  await reader.waitForSummary();

  await reader.search('bathymetry ');
  await expect(reader.results()).toHaveCount(1);
  await expect(reader.results().first().locator('.site')).toHaveText('Deep Water Quarterly');
  await expect(reader.results().first().locator('.date')).toContainText('2020');
  await reader.openResult(trench);
  const first = reader.article().locator('mark.dossier-match').first();
  await expect(first).toHaveClass(/is-current/);
  // The match is in the last paragraphs of ~2,000 words: on screen only if the reader scrolled to it.
  await expect(first).toBeInViewport();
  // The title is drawn above the frame, in the reader's scroller: scrolled out of sight.
  const title = reader.page.getByRole('heading', { level: 1, name: trench });
  await expect(title).toBeAttached();
  await expect(title).not.toBeInViewport();
});

test('a named search is listed in the sidebar with its count and runs on click', async ({ reader }) => {
  await reader.dropFiles(pages);
  await reader.waitForSummary();

  await reader.search('sourdough');
  await expect(reader.resultCount()).toHaveText('1 article');
  await reader.page.keyboard.press('ControlOrMeta+s');
  const name = reader.savedSearches().getByRole('textbox', { name: 'Name of this search' });
  await name.fill('Bread');
  await name.press('Enter');
  const saved = reader.savedSearches().getByRole('button', { name: /^Bread/ });
  await expect(saved).toContainText('1 article');

  await reader.searchBox.fill('');
  await saved.click();
  await expect(reader.searchBox).toHaveValue('sourdough');
  await expect(reader.results()).toHaveCount(1);

  await reader.savedSearches().getByRole('button', { name: 'Delete “Bread”' }).click();
  await expect(saved).toBeHidden();
  await reader.savedSearches().getByRole('button', { name: 'Undo' }).click();
  await expect(reader.savedSearches().getByRole('button', { name: /^Bread/ })).toBeVisible();
});

test('a name typed after Ctrl+S replaces the prefilled query instead of joining it', async ({ reader }) => {
  await reader.dropFiles(pages);
  await reader.waitForSummary();

  await reader.search('sourdough');
  await expect(reader.resultCount()).toHaveText('1 article');
  await reader.page.keyboard.press('ControlOrMeta+s');
  const name = reader.savedSearches().getByRole('textbox', { name: 'Name of this search' });
  await expect(name).toHaveValue('sourdough');
  await reader.page.keyboard.type('Bread');
  await reader.page.keyboard.press('Enter');
  await expect(reader.savedSearches().getByRole('button', { name: /^Bread/ })).toContainText('1 article');
});

test('clicking back into the name field places the caret to mend one letter, without selecting it all', async ({
  reader,
}) => {
  await reader.dropFiles(pages);
  await reader.waitForSummary();
  await reader.search('sourdough');
  await expect(reader.resultCount()).toHaveText('1 article');
  await reader.page.keyboard.press('ControlOrMeta+s');
  const name = reader.savedSearches().getByRole('textbox', { name: 'Name of this search' });
  const selection = (): Promise<[number | null, number | null]> =>
    name.evaluate((field: HTMLInputElement) => [field.selectionStart, field.selectionEnd]);
  await expect(name).toBeFocused();
  expect(await selection()).toEqual([0, 'sourdough'.length]);

  // Leave the field (Tab to Save), then click just after its first letter.
  await reader.page.keyboard.press('Tab');
  await expect(name).not.toBeFocused();
  const box = await name.boundingBox();
  if (box === null) throw new Error('the name field has no box');
  await name.click({ position: { x: 1, y: box.height / 2 } });
  await expect(name).toBeFocused();
  const [start, end] = await selection();
  expect(start).toBe(end);
  await reader.page.keyboard.type('S');
  await expect(name).not.toHaveValue('S');
});

test('the ? button opens the query help, and Escape closes it and returns focus', async ({ reader }) => {
  const button = reader.page.getByRole('button', { name: 'Search help' });
  await button.click();
  const help = reader.page.getByRole('dialog', { name: 'Search help' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('title:');
  await expect(help).toContainText('"written in gravel"');
  // Every key a researcher repeats is listed, not only the search keys.
  for (const keys of [
    'Home/End first/last',
    't tag the selected words',
    'Delete (⌘⌫) move the selected article',
  ])
    await expect(help).toContainText(keys);
  await reader.page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(button).toBeFocused();

  await button.blur();
  await reader.page.keyboard.press('?');
  await expect(help).toBeVisible();
});
