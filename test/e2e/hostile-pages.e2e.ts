import { resolve } from 'node:path';
import type { ConsoleMessage, Frame, Request } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { ReaderPage } from './support/reader-page.ts';
import { repoRoot } from './support/serve.ts';

/** Each page of test/fixtures/hostile: its title, and a sentence of real text that must still show. */
const hostilePages = [
  [
    'inline-script',
    'Hostile: Inline Scripts',
    'The tide tables of Pennan were copied from a ledger bound in green cloth.',
  ],
  [
    'event-handlers',
    'Hostile: Event Handlers',
    'The lamp room at Kinnaird Head held a lens the size of a small cottage.',
  ],
  [
    'javascript-urls',
    'Hostile: Script URLs',
    'The ferry to Stroma ran twice a week when the weather allowed it.',
  ],
  [
    'refresh-and-base',
    'Hostile: Refresh and Base',
    'The kirk at Crovie stood so close to the sea that spray reached its door.',
  ],
  [
    'link-loads',
    'Hostile: Link Elements',
    'The herring girls of Wick gutted forty fish a minute at the height of the season.',
  ],
  [
    'css-urls',
    'Hostile: CSS URLs',
    'The cooperage at Buckie made barrels from Baltic oak until the nineteen thirties.',
  ],
  [
    'tracking-images',
    'Hostile: Tracking Images',
    'The salmon bothy at Portsoy stored ice cut from the mill pond each January.',
  ],
  [
    'embeds',
    'Hostile: Frames and Embeds',
    'The rope works at Gardenstown twisted hemp brought over from Riga.',
  ],
  [
    'svg-and-math',
    'Hostile: SVG and MathML',
    'The coastguard hut at Troup Head logged every passing ship by name and flag.',
  ],
  [
    'template-noscript',
    'Hostile: Template and Noscript',
    'The net loft at Findochty smelled of tar and Stockholm pine for a hundred years.',
  ],
  [
    'data-and-blob',
    'Hostile: Data and Blob URLs',
    'The cod liver oil works at Macduff ran day and night during the war.',
  ],
  [
    'autosubmit-form',
    'Hostile: Self-Submitting Form',
    'The post office at Cullen sorted letters by candlelight during the great storm.',
  ],
  [
    'media',
    'Hostile: Audio and Video',
    'The fish market at Fraserburgh opened at four and was empty by nine.',
  ],
  [
    'prototype-pollution',
    'Hostile: Prototype Pollution',
    'The boatyard at Sandhaven launched its last wooden drifter in nineteen fifty.',
  ],
  [
    'huge-attribute',
    'Hostile: Huge Attribute',
    'The salt pans at Portknockie yielded a ton of salt from a summer of sun.',
  ],
  [
    'hostile-metadata',
    'Hostile: <img src=x onerror=alert(1)> Title',
    'The smokehouse at Arbroath cured haddock over oak and beech for the London trains.',
  ],
] as const;

/** Frame URLs a rendered article may have: the app itself and its srcdoc frames. */
function isExpectedFrameUrl(url: string, origin: string): boolean {
  return url === 'about:srcdoc' || url === 'about:blank' || url.startsWith(`${origin}/`);
}

/** Reads the markers a hostile script would have left in a frame (none if the frame runs no script). */
async function markersIn(frame: Frame): Promise<string[]> {
  const read = frame.evaluate(() => {
    const found = (window as { __hostile?: unknown }).__hostile;
    const polluted = Object.keys(Object.prototype).filter((key) => key.startsWith('polluted'));
    return [...(Array.isArray(found) ? found.map(String) : []), ...polluted];
  });
  // A frame whose sandbox forbids script may not answer at all: that is the point, so it counts as clean.
  const timeout = new Promise<string[]>((done) => {
    setTimeout(() => {
      done([]);
    }, 2_000);
  });
  return Promise.race([read.catch(() => []), timeout]);
}

test('hostile saved pages run nothing, load nothing from the network and still show their text', async ({
  page,
  server,
}) => {
  test.setTimeout(240_000);
  const origin = new URL(server.url).origin;
  const offOrigin: string[] = [];
  const attempted: Request[] = [];
  const fired: string[] = [];
  const context = page.context();
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && (!url.startsWith(`${origin}/`) || url.includes('.test')))
      attempted.push(request);
  });
  // Whatever did try to leave is recorded and stopped here, so a failure never reaches the network.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) await route.continue();
    else {
      offOrigin.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const watchConsole = (message: ConsoleMessage): void => {
    // Chromium's notice that CSP blocked a load quotes the URL, marker and all: that is a success.
    const text = message.text();
    if (text.includes('HOSTILE') && !text.includes('Content Security Policy')) fired.push(`console: ${text}`);
  };
  page.on('console', watchConsole);

  // The detectors themselves: a page without any protection must trip every one of them.
  const canary = await context.newPage();
  canary.on('console', watchConsole);
  await canary.setContent(
    `<img src="http://canary.marker.test/p.gif"><script>console.log('HOSTILE-MARKER canary'); window.__hostile = ['canary'];</script>`,
  );
  expect(await markersIn(canary.mainFrame())).toEqual(['canary']);
  await expect
    .poll(() => [...fired, ...offOrigin])
    .toEqual(['console: HOSTILE-MARKER canary', 'http://canary.marker.test/p.gif']);
  // The request detector sees what a page tries to load (checked here, where a load is certain: the
  // hostile pages' own attempts are mostly stopped by CSP before any request exists, so whether one
  // shows up later depends on timing).
  expect(attempted.map((request) => request.url())).toContain('http://canary.marker.test/p.gif');
  await canary.close();
  fired.length = 0;
  offOrigin.length = 0;
  attempted.length = 0;
  page.on('dialog', (dialog) => {
    fired.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('popup', (popup) => fired.push(`popup: ${popup.url()}`));
  page.on('framenavigated', (frame) => {
    if (!isExpectedFrameUrl(frame.url(), origin)) fired.push(`frame navigated to ${frame.url()}`);
  });

  const reader = new ReaderPage(page);
  await reader.goto(server.url);
  await reader.dropFiles(
    hostilePages.map(([name]) => resolve(repoRoot, `test/fixtures/hostile/${name}.html`)),
  );
  const summary = await reader.waitForSummary();
  await expect(summary).toContainText(`${hostilePages.length} imported`);

  for (const [name, title, sentence] of hostilePages) {
    await test.step(name, async () => {
      await reader.openResult(title);
      await expect(reader.article().getByText(sentence)).toBeVisible();
      for (const frame of page.frames()) expect(await markersIn(frame), `${name}: clean view`).toEqual([]);
      await reader.showView('Original');
      await expect(reader.original().getByText(sentence)).toBeVisible();
      for (const frame of page.frames()) expect(await markersIn(frame), `${name}: original view`).toEqual([]);
      await reader.showView('Clean');
    });
  }

  // A reader clicking a saved page's links stays in the archive, in both views.
  await reader.openResult(hostilePages[3][1]);
  for (const view of ['Clean', 'Original'] as const) {
    await reader.showView(view);
    const frame = view === 'Clean' ? reader.article() : reader.original();
    for (const link of ['remote link', 'new-window link', 'relative link']) {
      await frame.getByText(link, { exact: true }).click();
      await expect(frame.getByText(hostilePages[3][2])).toBeVisible();
    }
  }
  await reader.showView('Clean');

  // Titles and bylines are text: the markup they carry is shown, never built.
  await reader.openResult(hostilePages[15][1]);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(hostilePages[15][1]);
  await expect(main.locator('.article-byline')).toContainText('<img src=x onerror=');
  await expect(page.locator('img[src="x"], iframe[src*=".test"]')).toHaveCount(0);
  await expect(reader.libraryItems().filter({ hasText: '<img src=x onerror=alert(1)>' })).toHaveCount(1);

  expect(fired).toEqual([]);
  expect(offOrigin).toEqual([]);
  // DevTools also reports loads the renderer refused itself (CSP says "csp"; a cross-origin SVG <use>
  // fails its same-origin check): those never left. A request that got an answer, or that reached the
  // route above (offOrigin), did leave.
  const leaked = attempted.filter((request) => request.failure() === null).map((request) => request.url());
  expect(leaked).toEqual([]);
});
