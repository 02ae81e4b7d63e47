import { defineConfig } from '@playwright/test';

// End-to-end tests of the reader UI against the real `dossier serve` (see support/serve.ts).
// Run after `electron-vite build`: the server serves out/renderer.
export default defineConfig({
  testDir: '.',
  testMatch: '*.e2e.ts',
  outputDir: '../../test-results',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    viewport: { width: 1280, height: 820 },
    launchOptions: {
      // Debian's Chromium: Playwright's own browsers cannot be downloaded here.
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
