import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test as base } from './support/fixtures.ts';
import { repoRoot, startServer } from './support/serve.ts';

// Issue 4: a library whose search index is missing (after a restore, or a damaged cache) opens at
// once and rebuilds it in the background. 1,500 articles of 1,000 words take ~10 s of CPU to index
// here: long enough to see the rebuild from the page, short enough for CI.
const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern.
  server: async ({}, use) => {
    const libraryDir = await mkdtemp(join(tmpdir(), 'dossier-e2e-unindexed-'));
    execFileSync(join(repoRoot, 'node_modules/.bin/node'), [
      join(repoRoot, 'test/e2e/support/unindexed-library.ts'),
      libraryDir,
      '1500',
      '1000',
    ]);
    const server = await startServer({ libraryDir });
    try {
      await use(server);
    } finally {
      await server.stop();
    }
  },
});

test('a search typed while the index is rebuilt shows its progress, then answers by itself', async ({
  reader,
}) => {
  test.setTimeout(180_000);

  await reader.search('lighthouse');

  const status = reader.page.getByRole('status').filter({ hasText: 'Rebuilding the search index' });
  await expect(status).toContainText(/Rebuilding the search index: [\d,]+ of 1,500 articles/);
  await expect(status.getByRole('progressbar', { name: 'Search index rebuild' })).toBeVisible();
  await expect(reader.resultCount()).toHaveText('Waiting for the search index…');

  // No re-typing: the rebuilt index answers the standing query.
  await expect(reader.resultCount()).toHaveText('3 articles', { timeout: 150_000 });
  await expect(status).toHaveCount(0);
  await expect(reader.results().first()).toContainText('Harbour report');
});
