import { test as base } from '@playwright/test';
import { ReaderPage } from './reader-page.ts';
import { startServer, type Server } from './serve.ts';

/** Every test gets its own `dossier serve` on a fresh temporary library, and the reader open on it. */
export const test = base.extend<{ server: Server; reader: ReaderPage }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern.
  server: async ({}, use) => {
    const server = await startServer();
    try {
      await use(server);
    } finally {
      await server.stop();
    }
  },
  reader: async ({ page, server }, use) => {
    const reader = new ReaderPage(page);
    await reader.goto(server.url);
    await use(reader);
  },
});

export { expect } from '@playwright/test';
