import type { ArticleId } from '../../main/shared/ids.ts';
import { callApi } from './support/archive-api.ts';
import { EntityPageObject } from './support/entity-page.ts';
import { expect, test } from './support/fixtures.ts';
import { fixture } from './support/reader-page.ts';
import type { Server } from './support/serve.ts';

const [council = ''] = fixture('entities/harbour-council.html');
const title = 'Harbour council backs the new ferry pier';

/** Tags the `occurrence`-th (0-based) appearance of `text` in the article as the entity `name`. */
async function tag(
  server: Server,
  articleId: ArticleId,
  articleText: string,
  text: string,
  entity: { readonly name: string; readonly type: string },
  occurrence = 0,
): Promise<void> {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = articleText.indexOf(text, start + 1);
  if (start < 0) throw new Error(`“${text}” is not in the article`);
  await callApi(server, 'tagMention', { articleId, start, end: start + text.length, text, entity });
}

// Set-up through the page's HTTP API (tagging by hand is the reader's spec): one article whose
// mayor is tagged both as "Anna Lindqvist" and, later, as a separate "Lindqvist".
test.beforeEach(async ({ reader, server }) => {
  await reader.dropFiles([council]);
  await expect(await reader.waitForSummary()).toContainText('1 imported');
  const list = await callApi(server, 'listArticles', { offset: 0, limit: 10, sort: 'added', order: 'desc' });
  const articleId = list.items[0]?.id;
  if (articleId === undefined) throw new Error('The article was not imported');
  const { text } = await callApi(server, 'getArticle', { id: articleId });
  await tag(server, articleId, text, 'Anna Lindqvist', { name: 'Anna Lindqvist', type: 'person' });
  // The second standalone "Lindqvist" (the first is inside "Anna Lindqvist").
  await tag(server, articleId, text, 'Lindqvist', { name: 'Lindqvist', type: 'person' }, 1);
  await tag(server, articleId, text, 'Harbour Authority', {
    name: 'Harbour Authority',
    type: 'organisation',
  });
  await reader.goto(server.url);
});

test('merging "Lindqvist" into "Anna Lindqvist" shows both mentions highlighted on the merged page, and undo splits them again', async ({
  reader,
}) => {
  const entities = new EntityPageObject(reader.page);
  await entities.openFromBrowser('Lindqvist');

  const effect = await entities.mergeInto('Anna', 'Anna Lindqvist');

  expect(effect).toBe('Lindqvist (1 mention) will become an alias of Anna Lindqvist.');
  await expect(entities.view).toContainText('Also known as: Lindqvist');
  await expect(entities.view).toContainText('2 mentions in 1 article');
  await expect(entities.concordanceMarks()).toHaveText(['Anna Lindqvist', 'Lindqvist']);
  await expect(entities.view.locator('.concordance-line').first()).toContainText('Mayor Anna Lindqvist told');
  await expect(entities.view.getByRole('button', { name: 'Split off Lindqvist' })).toBeVisible();

  await entities.view.getByRole('status').getByRole('button', { name: 'Undo' }).click();

  await expect(entities.view).toContainText('1 mention in 1 article');
  await expect(entities.view.getByRole('button', { name: 'Split off Lindqvist' })).toHaveCount(0);

  // Escape leaves the entity page for the reader.
  await reader.page.locator('body').press('Escape');
  await expect(entities.view).toHaveCount(0);
  await expect(reader.page.getByText('Select an article to read.')).toBeVisible();
});

test('co-occurring entities open their page, Alt+← steps back, and a concordance line opens the article', async ({
  reader,
}) => {
  const entities = new EntityPageObject(reader.page);
  await entities.openFromBrowser('Anna Lindqvist');
  await expect(entities.view.locator('.timeline-month')).toHaveCount(1);

  await entities.view
    .getByRole('list', { name: 'Co-occurring entities' })
    .getByRole('button', { name: 'Harbour Authority' })
    .click();
  await expect(entities.heading()).toHaveText('Harbour Authority');
  await reader.page.keyboard.press('Alt+ArrowLeft');
  await expect(entities.heading()).toHaveText('Anna Lindqvist');

  await entities.view.locator('.concordance-line').first().click();
  await expect(reader.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(entities.view).toHaveCount(0);
});

test('"Search articles" on an entity page searches by entity: and finds its article', async ({ reader }) => {
  const entities = new EntityPageObject(reader.page);
  await entities.openFromBrowser('Harbour Authority');

  await entities.view.getByRole('button', { name: 'Search articles' }).click();

  await expect(reader.searchBox).toHaveValue('entity:"Harbour Authority"');
  await expect(reader.results()).toHaveCount(1);
  await expect(reader.results().first()).toContainText(title);
});

test('renaming an entity to a name another entity has explains that they should be merged', async ({
  reader,
}) => {
  const entities = new EntityPageObject(reader.page);
  await entities.openFromBrowser('Lindqvist');
  await entities.view.getByRole('button', { name: 'Edit' }).click();
  const form = reader.page.getByRole('form', { name: 'Edit entity' });
  await form.getByLabel('Name').fill('Anna Lindqvist');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'Another entity already has that name. Merge the two instead.',
  );

  await form.getByLabel('Name').fill('A. Lindqvist');
  await form.getByLabel('New alias').fill('the mayor');
  await form.getByLabel('New alias').press('Enter');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(entities.heading()).toHaveText('A. Lindqvist');
  await expect(entities.view).toContainText('Also known as: the mayor');
  await expect(entities.browser.getByRole('button', { name: /^A\. Lindqvist/ })).toBeVisible();
});

test('the registry filters by type and by typed name, and exports mentions as CSV', async ({ reader }) => {
  const entities = new EntityPageObject(reader.page);
  await entities.browser.getByRole('button', { name: /Entities( \(\d+\))?$/ }).click();
  const items = entities.browser.locator('.entity-item-name');
  await expect(items).toHaveText(['Anna Lindqvist', 'Harbour Authority', 'Lindqvist'], {
    useInnerText: true,
  });
  await entities.browser.getByRole('button', { name: 'organisation', exact: true }).click();
  await expect(items).toHaveText(['Harbour Authority']);
  await entities.browser.getByRole('button', { name: 'all', exact: true }).click();
  await entities.browser.getByRole('searchbox', { name: 'Search entities' }).fill('lindq');
  await expect(items).toHaveCount(2);

  await entities.browser.getByRole('button', { name: 'Export…' }).click();
  const [download] = await Promise.all([
    reader.page.waitForEvent('download'),
    entities.browser.getByRole('button', { name: 'Export mentions as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
});
