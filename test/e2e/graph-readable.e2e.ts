// Issue 6: the graph view is "readable at 200 nodes". Its labels were about 4–7 px tall once a
// neighbourhood had 40 or more nodes (the whole layout was scaled into the frame, text with it).
import { join } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { callApi } from './support/archive-api.ts';
import { ReaderPage } from './support/reader-page.ts';
import { libraryOfGeneratedPages } from './support/generated-library.ts';
import { repoRoot, startServer, type Server } from './support/serve.ts';
import { ThreadPageObject } from './support/thread-page.ts';

let server: Server | null = null;

test.afterEach(async () => {
  await server?.stop();
  server = null;
});

const spokes = 30;
const perSpoke = 6;
const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vo', 'zi', 'pa', 'do', 'fe', 'gu', 'hi'];

/** A made-up word of the i-th page, so that no two pages read alike (no versions, no duplicates). */
const word = (i: number, j: number): string =>
  [i, j, i * 7 + j * 3].map((n) => syllables[n % syllables.length] ?? 'o').join('');

/** A library of 1 + 30 + 180 articles imported by the CLI (the link graph is added over the API). */
const libraryOfManyPages = (): Promise<string> =>
  libraryOfGeneratedPages(
    Array.from({ length: 1 + spokes + spokes * perSpoke }, (_, i) => ({
      title: `Harbour report ${i}: council weighs ${word(i, 1)} plan`,
      text: Array.from({ length: 40 }, (_, j) => word(i, j)).join(' '),
    })),
  );

/** The drawn labels' boxes on screen, each with its node's key ("a12"). */
async function labelBoxes(
  graph: Locator,
): Promise<{ key: string; x: number; y: number; w: number; h: number }[]> {
  return graph.locator('svg text').evaluateAll((labels) =>
    labels.map((label) => {
      const box = label.getBoundingClientRect();
      const key =
        label.getAttribute('data-label-key') ??
        label.closest('[data-node-key]')?.getAttribute('data-node-key');
      return { key: key ?? '', x: box.x, y: box.y, w: box.width, h: box.height };
    }),
  );
}

const overlapping = (boxes: Awaited<ReturnType<typeof labelBoxes>>): string[] =>
  boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
      .map((b) => `${a.key}/${b.key}`),
  );

test('a 200-node neighbourhood at 1280×800: legible labels that never overlap, full names on hover and focus, more on zoom', async ({
  page,
}) => {
  test.setTimeout(240_000);
  server = await startServer({ libraryDir: await libraryOfManyPages() });
  const list = await callApi(server, 'listArticles', { offset: 0, limit: 500, sort: 'added', order: 'asc' });
  const [centre, ...others] = list.items;
  if (centre === undefined) throw new Error('Nothing was imported');
  for (let i = 0; i < spokes; i++) {
    const spoke = others[i];
    if (spoke === undefined) throw new Error('Too few articles');
    await callApi(server, 'addArticleLink', { sourceId: centre.id, targetId: spoke.id, type: 'follow-up' });
    for (const leaf of others.slice(spokes + i * perSpoke, spokes + (i + 1) * perSpoke))
      await callApi(server, 'addArticleLink', { sourceId: spoke.id, targetId: leaf.id, type: 'same-story' });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  const reader = new ReaderPage(page);
  await reader.goto(server.url);
  await reader.search(`"${centre.title}"`);
  await reader.openResult(centre.title);
  await page.getByRole('main').getByRole('button', { name: 'Graph', exact: true }).click();
  const threads = new ThreadPageObject(page);
  await expect(
    threads.graph.getByRole('img', { name: 'Graph of 200 articles and 0 entities' }),
  ).toBeVisible();

  // Fitted: the centre and several of its neighbours are labelled, each legible, none on another.
  const fitted = await labelBoxes(threads.graph);
  expect(fitted.map((label) => label.key)).toContain(`a${centre.id}`);
  expect(fitted.length).toBeGreaterThanOrEqual(6);
  for (const label of fitted) expect(label.h, label.key).toBeGreaterThanOrEqual(12);
  expect(overlapping(fitted)).toEqual([]);

  // Hovering a node shows its whole title, however crowded its corner.
  const leaf = others[spokes + 3];
  if (leaf === undefined) throw new Error('Too few articles');
  await threads.node(`a${leaf.id}`).hover();
  await expect(threads.graph.locator(`[data-label-key="a${leaf.id}"]`)).toHaveText(leaf.title);

  // Focusing a name in the list below labels its node in the graph.
  const other = others[spokes + 40];
  if (other === undefined) throw new Error('Too few articles');
  await page.mouse.move(0, 0);
  await threads.graph
    .getByRole('region', { name: 'Articles in the graph' })
    .getByRole('button', { name: other.title, exact: true })
    .focus();
  await expect(threads.graph.locator(`[data-label-key="a${other.id}"]`)).toHaveText(other.title);

  // Zooming in makes room: more labels, still legible and apart.
  await threads.graph.getByRole('button', { name: 'Fit' }).click();
  await threads.graph.getByRole('button', { name: 'Zoom in' }).click();
  await threads.graph.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await labelBoxes(threads.graph)).length).toBeGreaterThan(fitted.length);
  const zoomed = await labelBoxes(threads.graph);
  for (const label of zoomed) expect(label.h, label.key).toBeGreaterThanOrEqual(12);
  expect(overlapping(zoomed)).toEqual([]);
  await page.screenshot({ path: join(repoRoot, 'test-results', 'graph-200-zoomed.png') });
});
