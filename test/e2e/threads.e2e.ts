import { callApi } from './support/archive-api.ts';
import { expect, test } from './support/fixtures.ts';
import { fixture } from './support/reader-page.ts';
import { ThreadPageObject } from './support/thread-page.ts';

const keepers = 'The Last Keepers of Skerryvore'; // published 2019
const moraine = 'Reading a Moraine'; // published 2020
const sourdough = 'What Makes Sourdough Sour'; // published 2022

test('a thread of three linked articles: timeline by date, named, found in the sidebar, and its graph navigable', async ({
  reader,
  server,
}) => {
  const { page } = reader;
  await reader.dropFiles(
    fixture(
      'sourdough-chemistry.html',
      'field-notes/glaciers/reading-a-moraine.html',
      'lighthouse-keepers.html',
    ),
  );
  await expect(await reader.waitForSummary()).toContainText('3 imported');
  const list = await callApi(server, 'listArticles', { offset: 0, limit: 10, sort: 'added', order: 'desc' });
  const idOf = (title: string): number => {
    const found = list.items.find((item) => item.title.startsWith(title));
    if (found === undefined) throw new Error(`${title} was not imported`);
    return found.id;
  };
  await callApi(server, 'addArticleLink', {
    sourceId: idOf(sourdough),
    targetId: idOf(keepers),
    type: 'follow-up',
  });
  await callApi(server, 'addArticleLink', {
    sourceId: idOf(moraine),
    targetId: idOf(keepers),
    type: 'same-story',
  });
  const threads = new ThreadPageObject(page);

  await reader.openResult(sourdough);
  await threads.openFromReader();
  await expect(threads.timeline.getByRole('listitem')).toHaveCount(3);
  await expect(threads.timeline.locator('.thread-title')).toHaveText(
    [keepers, moraine, sourdough].map((t) => new RegExp(t)),
  );
  await expect(threads.timeline.getByRole('listitem').nth(1)).toContainText('Same story as');

  await threads.name('Coastal dispatches');
  await expect(threads.sidebar.getByRole('button', { name: /Coastal dispatches/u })).toBeVisible();

  // From the sidebar, after leaving the thread: the same timeline comes back.
  await page.getByRole('main').getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1, name: sourdough })).toBeVisible();
  await threads.sidebar.getByRole('button', { name: /Coastal dispatches/u }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Coastal dispatches' })).toBeVisible();
  await expect(threads.timeline.getByRole('listitem')).toHaveCount(3);

  // Graph: the moraine article is two steps out (through the keepers); clicking it re-centres, then open it.
  await threads.timeline.getByRole('button', { name: sourdough }).click();
  await expect(page.getByRole('heading', { level: 1, name: sourdough })).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Graph', exact: true }).click();
  await expect(threads.node(`a${idOf(moraine)}`)).toBeVisible();
  await threads.node(`a${idOf(moraine)}`).click();
  await expect(threads.graph.getByRole('heading', { level: 2, name: moraine })).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Open article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: moraine })).toBeVisible();
});

test('a thread name can be removed from the thread view and brought back with Undo', async ({
  reader,
  server,
}) => {
  const { page } = reader;
  await reader.dropFiles(fixture('sourdough-chemistry.html', 'lighthouse-keepers.html'));
  await expect(await reader.waitForSummary()).toContainText('2 imported');
  const list = await callApi(server, 'listArticles', { offset: 0, limit: 10, sort: 'added', order: 'desc' });
  const [first, second] = list.items.map((item) => item.id);
  if (first === undefined || second === undefined) throw new Error('Not imported');
  await callApi(server, 'addArticleLink', { sourceId: first, targetId: second, type: 'same-story' });
  await callApi(server, 'nameThread', { id: second, name: 'Bread and lights' });
  const threads = new ThreadPageObject(page);
  const inSidebar = threads.sidebar.getByRole('button', { name: /Bread and lights/u });

  await reader.openResult(keepers);
  await threads.openFromReader();
  await expect(page.getByRole('heading', { level: 2, name: 'Bread and lights' })).toBeVisible();
  await threads.removeName();
  await expect(inSidebar).toHaveCount(0);
  await expect(threads.undoToast()).toContainText('Thread name “Bread and lights” removed');

  await threads.undoToast().getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Bread and lights' })).toBeVisible();
  await expect(inSidebar).toBeVisible();
  await expect(threads.undoToast()).toHaveCount(0);
});
