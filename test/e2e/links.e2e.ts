import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures.ts';
import { stormFiles, storm } from './support/storm-pages.ts';

const files = stormFiles;
const { damage, cleanup } = storm;

test('a typed link with a note shows on both articles, and can be retyped, removed and brought back', async ({
  reader,
}) => {
  const { page } = reader;
  await reader.dropFiles(files);
  await expect(await reader.waitForSummary()).toContainText('4 imported');
  await reader.openResult(damage);
  const panel = await reader.openLinks();
  await expect(panel).toContainText('No links yet.');

  await page.keyboard.press('l');
  const dialog = await reader.fillLinkDialog('Penzance', cleanup, 'follow-up', 'Same storm, two days on');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  const outgoing = panel.getByRole('listitem', { name: `Follow-up to: ${cleanup}` });
  await expect(outgoing).toContainText('Same storm, two days on');
  await expect(page.getByRole('main').getByRole('button', { name: 'Links 1' })).toBeVisible();

  // The other side reads the link in reverse. Opened from the keyboard, its title takes the focus
  // (the button pressed leaves with the old article's links: the focus fell to the page).
  await outgoing.getByRole('button', { name: cleanup, exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: cleanup })).toBeFocused();
  const incoming = panel.getByRole('listitem', { name: `Followed up by: ${damage}` });
  await expect(incoming).toContainText('Same storm, two days on');

  await incoming.getByRole('button', { name: `Edit the link to ${damage}` }).click();
  await incoming.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Contradicted by' });
  await incoming.getByRole('button', { name: 'Save' }).click();
  const retyped = panel.getByRole('listitem', { name: `Contradicted by: ${damage}` });
  await expect(retyped).toBeVisible();

  await retyped.getByRole('button', { name: `Remove the link to ${damage}` }).click();
  await expect(retyped).toHaveCount(0);
  await expect(panel).toContainText('No links yet.');
  await panel
    .getByRole('status')
    .filter({ hasText: 'Link removed' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(retyped).toContainText('Same storm, two days on');

  // The same link again is refused, in words.
  await retyped.getByRole('button', { name: damage, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: damage })).toBeVisible();
  await panel.getByRole('button', { name: /^Link to…/ }).click();
  await reader.fillLinkDialog('Penzance', cleanup, 'contradicts', '');
  await reader.linkDialog().getByRole('button', { name: 'Save' }).click();
  await expect(reader.linkDialog().getByRole('alert')).toHaveText(
    'These two articles already have a link of that type.',
  );

  // Every link of the library, for a spreadsheet: Library tools exports them.
  await reader.linkDialog().getByRole('button', { name: 'Cancel' }).click();
  await page.getByText('Library tools').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export all links as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('dossier-links.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('contradicts');
  expect(csv).toContain('Same storm, two days on');
  expect(csv).toContain(cleanup);
});

test("a type of one's own named on the incoming side is the other article's words, and reads so on both", async ({
  reader,
}) => {
  const { page } = reader;
  await reader.dropFiles(files);
  await expect(await reader.waitForSummary()).toContainText('4 imported');
  await reader.openResult(damage);
  const panel = await reader.openLinks();
  await page.keyboard.press('l');
  const dialog = await reader.fillLinkDialog('Penzance', cleanup, 'follow-up', '');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const outgoing = panel.getByRole('listitem', { name: `Follow-up to: ${cleanup}` });
  await outgoing.getByRole('button', { name: cleanup, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: cleanup })).toBeVisible();

  // Retyped from the target, the name says what the other article (the source) does to this one.
  const incoming = panel.getByRole('listitem', { name: `Followed up by: ${damage}` });
  await incoming.getByRole('button', { name: `Edit the link to ${damage}` }).click();
  await incoming.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Other…' });
  const name = incoming.getByRole('textbox', { name: 'Name of the link type' });
  await name.fill('quotes figures from');
  await expect(name).toHaveAccessibleDescription(
    `Reads: “${damage}” quotes figures from this article (shown here as “quotes figures from (incoming)”).`,
  );
  await incoming.getByRole('button', { name: 'Save' }).click();
  const retyped = panel.getByRole('listitem', { name: `quotes figures from (incoming): ${damage}` });
  await expect(retyped).toBeVisible();

  // The source says it in those words.
  await retyped.getByRole('button', { name: damage, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: damage })).toBeVisible();
  await expect(panel.getByRole('listitem', { name: `quotes figures from: ${cleanup}` })).toBeVisible();
});

test('picking the article keeps focus in the Link dialog, on its type, so Escape still closes it', async ({
  reader,
}) => {
  const { page } = reader;
  await reader.dropFiles(files);
  await expect(await reader.waitForSummary()).toContainText('4 imported');
  await reader.openResult(damage);
  await reader.openLinks();
  // L alone opens it, as every single-letter shortcut acts: Shift+L is the browser's, while Caps
  // Lock's capital L (no modifier held) is still L.
  await page.keyboard.press('Shift+L');
  const dialog = reader.linkDialog();
  await expect(dialog).toHaveCount(0);
  await page.keyboard.press('L');
  await dialog.getByRole('searchbox', { name: 'Article' }).pressSequentially('Penzance');
  await dialog
    .getByRole('list', { name: 'Matching articles' })
    .getByRole('button', { name: cleanup })
    .click();

  // The clicked match is gone from the page; focus must not fall out of the modal to the body.
  await expect(dialog.getByRole('combobox', { name: 'Type' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
