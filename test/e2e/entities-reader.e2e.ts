import { resolve } from 'node:path';
import { expect, test } from './support/fixtures.ts';
import { fixturesDir } from './support/reader-page.ts';

// An annotated entity fixture (the suggester's own test set): plain text with people, places and organisations.
const article = resolve(fixturesDir, '../entities/en-01-geneva-summit/text.txt');
const title = 'Leaders meet in Geneva as ceasefire talks stall';

test('accepting a suggestion highlights its mentions, and a click offers its entity page', async ({
  reader,
}) => {
  await reader.dropFiles([article]);
  await expect(await reader.waitForSummary()).toContainText('1 imported');
  await reader.openResult(title);

  const panel = await reader.openEntities();
  const suggestion = panel.getByRole('listitem', { name: 'Suggested: Amina Diallo' });
  await expect(suggestion).toContainText('suggested');
  await expect(reader.entityMarks('Amina Diallo')).toHaveCount(0);

  await suggestion.getByRole('button', { name: 'Accept Amina Diallo' }).click();

  await expect(panel.getByRole('listitem', { name: 'Suggested: Amina Diallo' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /^Amina Diallo \d+ mentions?$/ })).toBeVisible();
  await expect(reader.entityMarks('Amina Diallo').first()).toBeVisible();

  await panel.getByRole('checkbox', { name: 'Highlight entities' }).uncheck();
  await expect(reader.entityMarks('Amina Diallo')).toHaveCount(0);
  await panel.getByRole('checkbox', { name: 'Highlight entities' }).check();

  await reader.entityMarks('Amina Diallo').first().click();
  await reader.mentionDialog('Amina Diallo').getByRole('button', { name: 'Open entity page' }).click();
  await expect(reader.page.getByRole('heading', { name: 'Amina Diallo' })).toBeVisible();
});

test('tagging selected words by hand links them, and the dialog says when no other occurrence is left', async ({
  reader,
}) => {
  await reader.dropFiles([article]);
  await expect(await reader.waitForSummary()).toContainText('1 imported');
  await reader.openResult(title);
  const panel = await reader.waitForSuggestions();

  await reader.selectInArticle('Palais des Nations');
  await reader.page.getByRole('button', { name: /Tag as entity/ }).click();

  const dialog = reader.page.getByRole('dialog', { name: 'Tag as entity' });
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Palais des Nations');
  await dialog.getByRole('combobox', { name: 'Type' }).selectOption('place');
  await dialog.getByRole('button', { name: 'Tag', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('No other untagged occurrences of this name.');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(reader.entityMarks('Palais des Nations')).toHaveCount(1);
  await expect(panel.getByRole('button', { name: /^Palais des Nations \d+ mentions?$/ })).toBeVisible();
});

test('pressing T with words selected opens the tag dialog prefilled with them, and Escape closes it', async ({
  reader,
}) => {
  await reader.dropFiles([article]);
  await expect(await reader.waitForSummary()).toContainText('1 imported');
  await reader.openResult(title);
  const panel = await reader.openEntities();
  await panel.getByRole('button', { name: 'Accept all' }).click();
  await expect(panel.getByText('Suggested')).toHaveCount(0);

  await reader.selectInArticle('disputed border');
  await reader.page.keyboard.press('t');
  const dialog = reader.page.getByRole('dialog', { name: 'Tag as entity' });
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('disputed border');
  await reader.page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // One rule for every single-letter shortcut: the letter alone. Shift+T is the browser's; Caps
  // Lock's capital T (no modifier held) is still T.
  await reader.selectInArticle('disputed border');
  await reader.page.keyboard.press('Shift+T');
  await expect(dialog).toHaveCount(0);
  await reader.page.keyboard.press('T');
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('disputed border');
});

test('after tagging a name, "also tag N more in this article" links its other occurrences', async ({
  reader,
}) => {
  await reader.dropFiles([article]);
  await expect(await reader.waitForSummary()).toContainText('1 imported');
  await reader.openResult(title);
  await reader.waitForSuggestions();

  await reader.selectInArticle('Geneva');
  await reader.page.keyboard.press('t');
  const dialog = reader.page.getByRole('dialog', { name: 'Tag as entity' });
  await dialog.getByRole('combobox', { name: 'Type' }).selectOption('place');
  await dialog.getByRole('button', { name: 'Tag', exact: true }).click();
  await dialog.getByRole('button', { name: /^Also tag \d+ more in this article$/ }).click();

  await expect(dialog.getByRole('status')).toContainText(/Tagged \d+ mentions? more\./);
  await dialog.getByRole('button', { name: 'Done' }).click();
  expect(await reader.entityMarks('Geneva').count()).toBeGreaterThan(1);
});

test('"Suggest entities for all articles" runs the suggester again and reports when every article is done', async ({
  reader,
}) => {
  await reader.dropFiles([article]);
  await expect(await reader.waitForSummary()).toContainText('1 imported');
  await reader.openResult(title);
  await reader.waitForSuggestions();

  await reader.page.getByText('Library tools').click();
  await reader.page.getByRole('button', { name: 'Suggest entities for all articles' }).click();

  await expect(reader.page.getByRole('status').filter({ hasText: 'Entity suggestions updated' })).toHaveText(
    'Entity suggestions updated for 1 article.',
  );
});

test('a wrong confirmed mention is removed from the reader, and Undo puts it back', async ({ reader }) => {
  await reader.dropFiles([article]);
  await expect(await reader.waitForSummary()).toContainText('1 imported');
  await reader.openResult(title);
  await reader.acceptAllSuggestions();
  const marks = reader.entityMarks('Geneva');
  await expect(marks).toHaveCount(2);

  await marks.first().click();
  await reader.mentionDialog('Geneva').getByRole('button', { name: 'Remove this mention' }).click();

  await expect(reader.mentionDialog('Geneva')).toHaveCount(0);
  await expect(marks).toHaveCount(1);
  const toast = reader.page.getByRole('status').filter({ hasText: 'Removed a mention of “Geneva”.' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(marks).toHaveCount(2);
  await expect(toast).toHaveCount(0);
});

test('from the keyboard, every mention of an entity in the article is removed at once, and Undo restores them', async ({
  reader,
}) => {
  await reader.dropFiles([article]);
  await expect(await reader.waitForSummary()).toContainText('1 imported');
  await reader.openResult(title);
  await reader.acceptAllSuggestions();
  const marks = reader.entityMarks('Geneva');
  await expect(marks).toHaveCount(2);

  await marks.last().focus();
  await reader.page.keyboard.press('Enter');
  const dialog = reader.mentionDialog('Geneva');
  await dialog
    .getByRole('button', { name: 'Remove all 2 mentions of Geneva in this article' })
    .press('Enter');

  await expect(marks).toHaveCount(0);
  const toast = reader.page.getByRole('status').filter({ hasText: 'Removed 2 mentions of “Geneva”.' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(marks).toHaveCount(2);
});

test('a mention linked to the wrong entity is re-pointed to another existing entity', async ({ reader }) => {
  await reader.dropFiles([article]);
  await expect(await reader.waitForSummary()).toContainText('1 imported');
  await reader.openResult(title);
  const panel = await reader.acceptAllSuggestions();
  const redCross = reader.exactEntityMarks('Red Cross');
  await expect(redCross).toHaveAttribute('title', 'Red Cross (organisation)');

  await redCross.click();
  const dialog = reader.mentionDialog('Red Cross');
  await dialog.getByRole('button', { name: 'This is another entity…' }).click();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('International Committee');
  await dialog
    .getByRole('button', { name: 'Use existing: International Committee of the Red Cross (organisation)' })
    .click();
  await dialog.getByRole('button', { name: 'Link to this entity' }).click();

  await expect(dialog).toHaveCount(0);
  await expect(redCross).toHaveAttribute('title', 'International Committee of the Red Cross (organisation)');
  await expect(
    panel.getByRole('button', { name: /^International Committee of the Red Cross 2 mentions$/ }),
  ).toBeVisible();
  await expect(panel.getByRole('button', { name: /^Red Cross \d+ mentions?$/ })).toHaveCount(0);
});
