import { resolve } from 'node:path';
import { expect, test } from './support/fixtures.ts';
import { fixture } from './support/reader-page.ts';
import { repoRoot } from './support/serve.ts';

const arabicTitle = 'مكتبة الواحة تعيد فتح أبوابها بعد الترميم';
const keepers = 'The Last Keepers of Skerryvore';

test('an Arabic article reads right to left in the reader, its title too', async ({ reader }) => {
  await reader.dropFiles([resolve(repoRoot, 'test/fixtures/articles/arabic-windows-1256/source.html')]);
  await reader.waitForSummary();

  await reader.openResult(arabicTitle);
  const title = reader.page.getByRole('heading', { level: 1, name: arabicTitle });
  await expect(title).toHaveAttribute('dir', 'rtl');
  expect(await title.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
});

test('in a 900-pixel window the reader buttons wrap and leave the sidebar usable', async ({ reader }) => {
  await reader.page.setViewportSize({ width: 900, height: 600 });
  await reader.dropFiles(fixture('lighthouse-keepers.html'));
  await reader.waitForSummary();

  await reader.openResult(keepers);
  // A trial click checks that the button itself would receive the click (nothing drawn over it).
  await reader.page.getByRole('button', { name: 'Import…' }).click({ trial: true, timeout: 5_000 });
  const bar = await reader.page.locator('.reader-bar').boundingBox();
  const sidebar = await reader.page.locator('.sidebar').first().boundingBox();
  for (const button of await reader.page.locator('.reader-bar button').all()) {
    const box = await button.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual((bar?.x ?? 0) - 1);
    expect(box?.x ?? -1).toBeGreaterThanOrEqual((sidebar?.x ?? 0) + (sidebar?.width ?? 0) - 1);
  }
});

test('in a phone-wide window the reader sits under the list, full width, with nothing drawn over either', async ({
  reader,
}) => {
  await reader.page.setViewportSize({ width: 360, height: 740 });
  await reader.dropFiles(fixture('lighthouse-keepers.html'));
  await reader.waitForSummary();

  await reader.openResult(keepers);
  await reader.page.getByRole('button', { name: 'Import…' }).click({ trial: true, timeout: 5_000 });
  await reader.libraryItems().first().click({ trial: true, timeout: 5_000 });
  const sidebar = await reader.page.locator('.sidebar').first().boundingBox();
  const main = await reader.page.getByRole('main').boundingBox();
  // Side by side, the sidebar's 18rem left the reader 72 pixels, its buttons spilling over the list.
  expect(main?.width ?? 0).toBeGreaterThanOrEqual(340);
  expect(main?.y ?? 0).toBeGreaterThanOrEqual((sidebar?.y ?? 0) + (sidebar?.height ?? 0) - 1);
  for (const button of await reader.page.locator('.reader-bar button').all()) {
    const box = await button.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual((sidebar?.y ?? 0) + (sidebar?.height ?? 0) - 1);
  }
  await expect(reader.article().getByText('Skerryvore').first()).toBeVisible();
});

test('in a narrow window an open Links panel leaves every reader button clickable above it', async ({
  reader,
}) => {
  await reader.page.setViewportSize({ width: 420, height: 800 });
  const storm = ['warning', 'damage', 'cleanup', 'insurance'].map((name) =>
    resolve(repoRoot, `test/fixtures/related/pages/en-storm-marlow-${name}.html`),
  );
  await reader.dropFiles(storm);
  await expect(await reader.waitForSummary()).toContainText('4 imported');

  // Found by a search, the bar has its match buttons too: three rows at this width.
  await reader.search('falling tree truro');
  await reader.openResult('Man killed by falling tree in Truro');
  const panel = await reader.openLinks();
  await expect(panel.getByRole('listitem', { name: /^Suggested: / }).first()).toBeVisible({
    timeout: 30_000,
  });
  // The reader, under the list, is short: the panel, with suggestions, took the bar's last row.
  for (const button of await reader.page.locator('.reader-bar button').all()) {
    await button.click({ trial: true, timeout: 5_000 });
  }
});

test('each fact under the title is read once: a term a reader sees is not repeated in its value', async ({
  reader,
}) => {
  // A MHTML save has a capture date; every article has the date it was added.
  await reader.dropFiles([resolve(repoRoot, 'test/fixtures/articles/mhtml-island-cafe/source.mhtml')]);
  await reader.waitForSummary();
  await reader.openResult('Island café reopens after the storm');

  const facts = reader.page.locator('.article-facts');
  await expect(facts).toContainText('Added');
  // What a screen reader reads: each term, then its value.
  const spoken = await facts
    .locator('dt')
    .evaluateAll((terms) =>
      terms.map((term) => `${term.textContent} ${term.nextElementSibling?.textContent ?? ''}`),
    );
  expect(spoken).toContainEqual(expect.stringMatching(/^Captured Apr \d+, 2023$/));
  expect(spoken).toContainEqual(expect.stringMatching(/^Added \w+ \d+, \d{4}$/));
  // What the eye reads: Captured and Added still say what they are.
  const seen = await facts.evaluate((list) => (list as HTMLElement).innerText.replace(/\s+/g, ' '));
  expect(seen).toMatch(/Captured Apr \d+, 2023/);
  expect(seen).toMatch(/Added \w+ \d+, \d{4}/);
  expect(seen).not.toMatch(/Added Added|Captured Captured/);
});

for (const width of [1280, 700]) {
  test(`at ${width} pixels Move to Trash and Library tools sit on one line, their words level`, async ({
    reader,
  }) => {
    await reader.page.setViewportSize({ width, height: 800 });
    await reader.dropFiles(fixture('lighthouse-keepers.html'));
    await reader.waitForSummary();

    const trash = await reader.page.getByRole('button', { name: 'Move to Trash' }).boundingBox();
    const tools = await reader.page.locator('.library-tools summary').boundingBox();
    if (trash === null || tools === null) throw new Error('Move to Trash or Library tools is not shown');
    // The same box height and top, so the words of both (one size, one padding) share a line.
    expect(Math.abs(tools.y - trash.y)).toBeLessThan(1);
    expect(Math.abs(tools.height - trash.height)).toBeLessThan(1);
    const fontSizes = await reader.page
      .locator('.list-actions')
      .evaluate((row) =>
        [row.querySelector('button'), row.querySelector('summary')].map((element) =>
          element === null ? '' : getComputedStyle(element).fontSize,
        ),
      );
    expect(fontSizes[0]).toBe(fontSizes[1]);
  });
}
