import { resolve } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { fixturesDir, type ReaderPage } from './support/reader-page.ts';
import { stormFiles, unrelatedFiles, storm } from './support/storm-pages.ts';

const files = stormFiles;
const unrelated = unrelatedFiles;
const { warning, damage, cleanup, insurance } = storm;

/** Opens the damage report's Links panel and answers its first suggestion (whichever the scorer ranks first). */
async function firstSuggestion(
  reader: ReaderPage,
): Promise<{ panel: Locator; title: string; item: Locator }> {
  await reader.dropFiles([...files, ...unrelated]);
  await expect(await reader.waitForSummary()).toContainText('8 imported');
  // Suggestions weigh the entities the background suggester finds in each storm report: until it has
  // been through all four, the first suggestion can change (and drop out) under the test. Unrelated
  // articles beside them keep the storm's names rare, as in a real library (in a library of only the
  // four, a name they all share counts for little).
  const entities = reader.page.getByRole('region', { name: 'Entities in this article' });
  for (const title of [warning, cleanup, insurance, damage]) {
    await reader.openResult(title);
    if (!(await entities.isVisible())) await reader.openEntities();
    await expect(entities.getByText('Suggested').first()).toBeVisible({ timeout: 30_000 });
  }
  const panel = await reader.openLinks();
  const first = panel.getByRole('region', { name: 'Related stories' }).getByRole('listitem').first();
  await expect(first).toHaveAccessibleName(/^Suggested: /, { timeout: 30_000 });
  const title = ((await first.getAttribute('aria-label')) ?? '').replace(/^Suggested: /, '');
  return { panel, title, item: panel.getByRole('listitem', { name: `Suggested: ${title}` }) };
}

test('a related suggestion says why and becomes a link, marked as such, when accepted', async ({
  reader,
}) => {
  const { panel, title, item } = await firstSuggestion(reader);
  await expect(item.getByRole('meter', { name: 'Relatedness' })).toBeVisible();
  await item.getByText('Why?').click();
  await expect(item.locator('.related-reasons li').first()).toBeVisible();

  await item.getByRole('button', { name: `Link ${title}…` }).click();
  const dialog = reader.linkDialog();
  await expect(dialog).toContainText(`Link to ${title}`);
  await dialog.getByRole('combobox', { name: 'Type' }).selectOption('same-story');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('listitem', { name: `Same story as: ${title}` })).toContainText(
    'from a suggestion',
  );
  await expect(item).toHaveCount(0);
});

test('a dismissed suggestion is gone, and stays gone after a reload', async ({ reader }) => {
  const { title, item } = await firstSuggestion(reader);
  await item.getByRole('button', { name: `Dismiss ${title}` }).click();
  await expect(item).toHaveCount(0);

  await reader.page.reload();
  await reader.openResult(damage);
  const again = await reader.openLinks();
  // Wait for the answer before checking the dismissed article is not in it.
  await expect(again).not.toContainText('Looking for related stories');
  await expect(again.getByRole('listitem', { name: `Suggested: ${title}` })).toHaveCount(0);
});

/** Two reports of one Czech television story, and two others: the first report's only suggestion is the second. */
async function onlySuggestion(
  reader: ReaderPage,
): Promise<{ related: Locator; item: Locator; sacked: string; court: string }> {
  // Shared people, wording, four days apart.
  const czech = [
    'en-h10-czech-television-council-sacks-director-general.html',
    'en-h10-ousted-czech-tv-chief-goes-to-court.html',
  ];
  const others = [
    'en-h10-porto-campanha-pipe-burst-sinkhole.html',
    'en-h10-black-sea-shipyards-keep-running-aground.html',
  ];
  await reader.dropFiles(
    [...czech, ...others].map((name) => resolve(fixturesDir, '../related/held-out-10/pages', name)),
  );
  await expect(await reader.waitForSummary()).toContainText('4 imported');
  const sacked = 'Czech Television council sacks director general over budget gap';
  const court = 'Ousted Czech TV chief goes to court as staff rally behind him';
  // The scorer weighs the names the background suggester finds: let it finish both reports first.
  await reader.openResult(court);
  await reader.waitForSuggestions();
  await reader.openResult(sacked);
  await expect(
    reader.page.getByRole('region', { name: 'Entities in this article' }).getByText('Suggested').first(),
  ).toBeVisible({ timeout: 30_000 });
  const panel = await reader.openLinks();
  const related = panel.getByRole('region', { name: 'Related stories' });
  const item = related.getByRole('listitem', { name: `Suggested: ${court}` });
  await expect(item).toBeVisible({ timeout: 30_000 });
  await expect(related.getByRole('listitem')).toHaveCount(1);
  return { related, item, sacked, court };
}

test('dismissing the only suggestion does not claim that none was found', async ({ reader }) => {
  const { related, item, sacked, court } = await onlySuggestion(reader);
  await item.getByRole('button', { name: `Dismiss ${court}` }).click();
  await expect(related).toContainText('No other related stories to suggest.');
  await expect(related).not.toContainText('No related stories found');

  // Once the Undo offer has gone (closed here; it expires after ten seconds the same way), and after a
  // reload, the panel still says what happened and lists the dismissed article to bring back.
  await related.getByRole('status').getByRole('button', { name: 'Dismiss' }).click();
  await expect(related.getByRole('status')).toHaveCount(0);
  await expect(related).toContainText('one was dismissed');
  await reader.page.reload();
  await reader.openResult(sacked);
  const again = (await reader.openLinks()).getByRole('region', { name: 'Related stories' });
  await expect(again).toContainText('one was dismissed', { timeout: 30_000 });
  await expect(again).not.toContainText('No related stories found');
  await again.getByText('Dismissed (1)').click();
  await again.getByRole('button', { name: `Bring back ${court}` }).click();
  await expect(again.getByRole('listitem', { name: `Suggested: ${court}` })).toBeVisible();
  await expect(again.getByText('Dismissed (1)')).toHaveCount(0);
  // The button went with the dismissed list: the focus waits on the heading, not on the page.
  await expect(again.getByRole('heading', { name: /^Related stories/ })).toBeFocused();
});

test('Undo brings a dismissed suggestion back, and it stays back after a reload', async ({ reader }) => {
  const { panel, title, item } = await firstSuggestion(reader);
  const related = panel.getByRole('region', { name: 'Related stories' });
  await item.getByRole('button', { name: `Dismiss ${title}` }).click();
  await expect(item).toHaveCount(0);
  await expect(related.getByRole('status')).toContainText('Suggestion dismissed');

  await related.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(item).toBeVisible();
  await expect(related.getByRole('status')).toHaveCount(0);

  await reader.page.reload();
  await reader.openResult(damage);
  const again = await reader.openLinks();
  await expect(again.getByRole('listitem', { name: `Suggested: ${title}` })).toBeVisible({ timeout: 30_000 });
});

test('suggestions answer the plain keys: D dismisses and hands the focus to the next, A links it (Cancel keeps the focus), Shift leaves them, and ? lists both', async ({
  reader,
}) => {
  const { page } = reader;
  const { panel, title, item } = await firstSuggestion(reader);
  const related = panel.getByRole('region', { name: 'Related stories' });
  await expect(related.getByRole('listitem')).not.toHaveCount(1, { timeout: 30_000 });
  const suggested = related.getByRole('listitem', { name: /^Suggested: / });
  const second = (await suggested.nth(1).getAttribute('aria-label'))?.replace(/^Suggested: /, '') ?? '';

  await item.getByRole('button', { name: `Link ${title}…` }).focus();
  // Shift+D and Shift+A are not D and A: had either acted, the d below would dismiss the second.
  await page.keyboard.press('Shift+D');
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('d');
  await expect(item).toHaveCount(0);
  const next = related.getByRole('listitem', { name: `Suggested: ${second}` });
  await expect(next).toBeFocused();

  // Cancelled, the Link dialog gives the focus back to the same suggestion, still listed.
  await page.keyboard.press('a');
  const dialog = reader.linkDialog();
  await expect(dialog).toContainText(`Link to ${second}`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(next).toBeFocused();

  await page.keyboard.press('a');
  await expect(dialog).toContainText(`Link to ${second}`);
  await dialog.getByRole('combobox', { name: 'Type' }).selectOption('same-story');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('listitem', { name: `Same story as: ${second}` })).toContainText(
    'from a suggestion',
  );
  await expect(next).toHaveCount(0);
  // The focus stays in the list (on the next suggestion, or its heading when none is left).
  await expect(related.locator(':focus')).toHaveCount(1);

  await page.keyboard.press('Escape');
  await page.locator('body').focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Search help' })).toContainText(
    'on a related-story suggestion, a link it, d dismiss it,',
  );
  await expect(page.getByRole('dialog', { name: 'Search help' })).toContainText(
    'The letters t, l, a and d act pressed alone (Caps Lock on or off), never with Shift',
  );
});

test('linking the only suggestion does not claim that none was found: the linked article is above', async ({
  reader,
}) => {
  const { related, item, court } = await onlySuggestion(reader);
  await item.getByRole('button', { name: `Link ${court}…` }).click();
  await reader.linkDialog().getByRole('button', { name: 'Save' }).click();
  await expect(item).toHaveCount(0);
  await expect(related).toContainText(
    'No other related stories to suggest beside the linked articles above.',
  );
  await expect(related).not.toContainText('No related stories found');
});
