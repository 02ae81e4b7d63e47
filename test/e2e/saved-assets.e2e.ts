import { expect, test } from './support/fixtures.ts';
import { fixture } from './support/reader-page.ts';

const title = 'Boats Leaving the Harbour at Dawn';

test('a dropped "Webpage, complete" page shows its saved picture and a placeholder for the remote one, loading nothing from the network', async ({
  reader,
}) => {
  const offHost: string[] = [];
  reader.page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url());
    if ((protocol === 'http:' || protocol === 'https:') && hostname !== '127.0.0.1')
      offHost.push(request.url());
  });
  // Anything that did try to leave is stopped here too, so a failure cannot reach the network.
  await reader.page.route(
    (url) => url.hostname !== '127.0.0.1' && url.protocol.startsWith('http'),
    (route) => route.abort(),
  );

  // The page and its folder, dropped side by side as a user drags them out of Downloads.
  await reader.dropFiles(fixture('webpage-complete/harbour.html', 'webpage-complete/harbour_files'));
  const summary = await reader.waitForSummary();
  await expect(summary).toContainText('1 imported');
  await reader.openResult(title);

  const article = reader.article();
  const saved = article.getByRole('img', { name: 'The pier at dawn' });
  await expect(saved).toBeVisible();
  await expect.poll(() => saved.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await expect(saved).toHaveAttribute('src', /\/asset\/[0-9a-f]{64}\?token=/);
  await expect(article.getByText('Image not saved: images.example.org')).toBeVisible();

  expect(offHost).toEqual([]);
});
