import { expect, test } from './support/fixtures.ts';
import { focusStop, walkFocus, type FocusStop } from './support/focus-stops.ts';
import { fixture, type ReaderPage } from './support/reader-page.ts';

// The Tab order around the reader's frames. An article with nothing focusable in it (no links, no
// entity highlights) used to take the focus as a bare frame with no ring anywhere. With keys sent over
// the DevTools protocol, as here, Chromium also restarted from that frame after handing the focus to
// the browser, so Tab bounced between frame and page five times before Import… (real keys went to the
// toolbar). The Original view's frame (another origin) was skipped by Tab altogether, so its page
// could not be scrolled from the keyboard.

const title = 'Nine Days Over the Trench';
const article = `frame: Article: ${title} > body`;
const original = `frame: Original page: ${title} > body`;
/** Where the browser takes the focus after the page's last stop (its toolbar; nothing to draw here). */
const handOff = '(page)';

async function openLongRead(reader: ReaderPage): Promise<void> {
  await reader.dropFiles(fixture('long-read/nine-days-over-the-trench.html'));
  await reader.waitForSummary();
  await reader.openResult(title);
  await expect(reader.article().getByText('Two students from Bergen').first()).toBeVisible();
}

const names = (stops: readonly FocusStop[]): string[] => stops.map((stop) => stop.name);

test('Tab goes round the reader once: the article is one stop with a ring, then on to Import…', async ({
  reader,
}) => {
  await openLongRead(reader);
  await reader.page.getByRole('button', { name: 'Import…' }).focus();

  const forward = await walkFocus(reader.page, 'Tab', 'Import…');
  expect(names(forward).at(-1)).toBe('Import…');
  expect(names(forward).filter((name) => name === article)).toHaveLength(1);
  // The article is the last stop of the page, then the browser has the focus once.
  const at = names(forward).indexOf(article);
  expect(names(forward).slice(at + 1)).toEqual([handOff, 'Import…']);
  for (const stop of forward.filter((each) => each.name !== handOff)) {
    expect(stop, `${stop.name} shows where the focus is`).toMatchObject({ isVisible: true });
  }

  // Shift+Tab meets the same stops the other way round (the browser may or may not take the focus
  // between the first and the last: that is its toolbar, not the page).
  const backward = await walkFocus(reader.page, 'Shift+Tab', 'Import…');
  const controls = (stops: readonly FocusStop[]): string[] => names(stops).filter((name) => name !== handOff);
  expect(controls(backward)).toEqual([...controls(forward)].reverse().slice(1).concat('Import…'));
  expect(names(backward).filter((name) => name === handOff).length).toBeLessThanOrEqual(1);
  for (const stop of backward.filter((each) => each.name !== handOff)) {
    expect(stop, `${stop.name} shows where the focus is`).toMatchObject({ isVisible: true });
  }
});

test('the article stop shows its ring and scrolls the reader with the keys', async ({ reader }) => {
  await openLongRead(reader);
  await reader.page.getByRole('button', { name: 'Show' }).focus();
  await reader.page.keyboard.press('Tab');
  expect(await focusStop(reader.page)).toEqual({ name: article, isVisible: true });

  const scroller = reader.page.locator('.reader-scroll');
  const before = await scroller.evaluate((element) => element.scrollTop);
  await reader.page.keyboard.press('PageDown');
  await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(before + 200);
});

test('the Original view is a Tab stop with a ring, and the keys scroll the saved page', async ({
  reader,
}) => {
  await openLongRead(reader);
  await reader.showView('Original');
  await reader.original().getByText('Two students from Bergen').first().waitFor();

  await reader.page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Original' }).focus();
  await reader.page.keyboard.press('Tab');
  expect(await focusStop(reader.page)).toEqual({ name: original, isVisible: true });

  const originalFrame = reader.page.frames().find((each) => each !== reader.page.mainFrame());
  const scrolled = async (): Promise<number> => (await originalFrame?.evaluate(() => window.scrollY)) ?? 0;
  const before = await scrolled();
  await reader.page.keyboard.press('PageDown');
  await expect.poll(scrolled).toBeGreaterThan(before + 200);
  // And Tab leaves it again, to the browser and round to Import…. How often Playwright's key events
  // bounce back into a frame with one stop varies from run to run (CI saw 0 and 1 times, with several
  // hand-offs after it), so the walk is held to where it goes first and where it ends.
  const walked = names(await walkFocus(reader.page, 'Tab', 'Import…'));
  expect(walked[0]).toBe(handOff);
  expect(walked.at(-1)).toBe('Import…');
});
