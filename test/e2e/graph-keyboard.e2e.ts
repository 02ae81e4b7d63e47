// Review of 1bd7cff: the sticky graph hid the list button focused by Shift+Tab (WCAG 2.4.11), the
// wheel over it could not scroll the page, and a name focused in the lists could have its node off
// the zoomed view.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { callApi } from './support/archive-api.ts';
import { ReaderPage } from './support/reader-page.ts';
import { libraryOfGeneratedPages } from './support/generated-library.ts';
import { startServer, type Server } from './support/serve.ts';
import { ThreadPageObject } from './support/thread-page.ts';

let server: Server | null = null;

test.afterEach(async () => {
  await server?.stop();
  server = null;
});

const linked = 40;

/** A library of 1 + 40 articles imported by the CLI, the first linked to all the others. */
const starLibrary = (): Promise<string> =>
  libraryOfGeneratedPages(
    Array.from({ length: linked + 1 }, (_, i) => ({
      title: `Quay note ${i} on tide ${String.fromCharCode(97 + (i % 26))}${i * 13}`,
      text: Array.from({ length: 30 }, (_, j) => `w${i}x${j}y${(i * j) % 17}`).join(' '),
    })),
  );

/** Opens the graph of a star of 41 articles at 1280×800; hands back the graph and the list's buttons. */
async function openStarGraph(page: Page): Promise<{ threads: ThreadPageObject; names: Locator }> {
  server = await startServer({ libraryDir: await starLibrary() });
  const list = await callApi(server, 'listArticles', { offset: 0, limit: 500, sort: 'added', order: 'asc' });
  const [centre, ...others] = list.items;
  if (centre === undefined) throw new Error('Nothing was imported');
  for (const other of others)
    await callApi(server, 'addArticleLink', { sourceId: centre.id, targetId: other.id, type: 'follow-up' });
  await page.setViewportSize({ width: 1280, height: 800 });
  const reader = new ReaderPage(page);
  await reader.goto(server.url);
  await reader.search(`"${centre.title}"`);
  await reader.openResult(centre.title);
  await page.getByRole('main').getByRole('button', { name: 'Graph', exact: true }).click();
  const threads = new ThreadPageObject(page);
  await expect(threads.graph.getByRole('img')).toBeVisible();
  const names = threads.graph
    .getByRole('region', { name: 'Articles in the graph' })
    .getByRole('button')
    .filter({ hasNotText: /^Open$/u });
  await expect(names).toHaveCount(linked);
  return { threads, names };
}

/** Whether the focused element's middle is drawn over by something else (the sticky graph). */
const focusedCovered = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement)) return true;
    const box = focused.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top === null || (top !== focused && !focused.contains(top));
  });

test('Shift+Tab up the graph’s lists at 1280×800 never leaves the focused button under the sticky graph', async ({
  page,
}) => {
  test.setTimeout(200_000);
  const { names } = await openStarGraph(page);
  await names.last().focus();
  const covered: string[] = [];
  for (let step = 0; step < 30; step++) {
    await page.keyboard.press('Shift+Tab');
    if (await focusedCovered(page))
      covered.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
  }
  expect(covered).toEqual([]);
});

test('the wheel over the graph scrolls the page, Ctrl+wheel zooms, and a focused name’s node is brought into view', async ({
  page,
}) => {
  test.setTimeout(200_000);
  const { threads } = await openStarGraph(page);
  const svg = threads.graph.getByRole('img');
  await expect(threads.graph.getByRole('group', { name: 'Zoom' })).toContainText('Ctrl+wheel to zoom');
  const scroller = threads.graph.locator('.reader-scroll');
  const box = await svg.boundingBox();
  if (box === null) throw new Error('No graph on screen');

  // The plain wheel scrolls the page under the pointer, and leaves the drawing where it was.
  const labelsBefore = await threads.graph.locator('svg text').count();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  expect(await threads.graph.locator('svg text').count()).toBe(labelsBefore);
  await scroller.evaluate((element) => {
    element.scrollTop = 0;
  });

  // Ctrl+wheel zooms in around the pointer: the middle's nodes spread, and more of them are labelled.
  const centreNode = threads.graph.locator('svg [data-node-key].centre');
  const before = await centreNode.boundingBox();
  await page.keyboard.down('Control');
  for (let notch = 0; notch < 6; notch++) await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBe(0);
  const far = await Promise.all(
    (await threads.graph.locator('svg [data-node-key]').all()).map((node) => node.boundingBox()),
  );
  const frame = await svg.boundingBox();
  if (frame === null || before === null) throw new Error('No graph on screen');
  const outside = (at: { x: number; y: number; width: number; height: number } | null): boolean =>
    at === null ||
    at.x + at.width < frame.x ||
    at.x > frame.x + frame.width ||
    at.y + at.height < frame.y ||
    at.y > frame.y + frame.height;
  const offView = far.findIndex(outside);
  expect(offView, 'zoomed in, some node is off the view').toBeGreaterThanOrEqual(0);

  // Focusing an off-view node's name in the lists pans the graph until it, and its label, are seen.
  const key = await threads.graph.locator('svg [data-node-key]').nth(offView).getAttribute('data-node-key');
  const articleId = Number(key?.slice(1));
  const name = await threads.graph.locator('svg [data-node-key]').nth(offView).locator('title').textContent();
  await threads.graph
    .getByRole('region', { name: 'Articles in the graph' })
    .getByRole('button', { name: name ?? '', exact: true })
    .focus();
  await expect.poll(async () => outside(await threads.node(`a${articleId}`).boundingBox())).toBe(false);
  const label = threads.graph.locator(`[data-label-key="a${articleId}"]`);
  await expect(label).toHaveText(name ?? '');
  expect(outside(await label.boundingBox())).toBe(false);

  // The pointer passing over another node and off it leaves the focused one lit.
  const seen = await Promise.all(
    (await threads.graph.locator('svg [data-node-key]').all()).map(async (node) => ({
      key: await node.getAttribute('data-node-key'),
      at: await node.boundingBox(),
    })),
  );
  const another = seen.find(({ key: other, at }) => other !== `a${articleId}` && !outside(at))?.at;
  if (another === undefined || another === null) throw new Error('No other node in view');
  await page.mouse.move(another.x + another.width / 2, another.y + another.height / 2);
  await page.mouse.move(frame.x + 2, frame.y + frame.height - 2);
  await expect(threads.graph.locator(`[data-node-key="a${articleId}"]`)).toHaveClass(/\blit\b/u);
  await expect(label).toHaveText(name ?? '');
});
