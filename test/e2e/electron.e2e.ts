// The same journey as import-and-search.e2e.ts, in the real Electron app.
// It runs where an Electron binary exists (ELECTRON_OVERRIDE_DIST_PATH, or the
// one npm downloaded) and is skipped, saying why, where none could be installed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../.scripts/find-electron-binary.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'test', 'fixtures', 'e2e');

const binary = findElectronBinary();
if ('reason' in binary) console.log(`electron.e2e.ts skipped: ${binary.reason}`);

test.describe('Dossier in Electron', () => {
  test.skip('reason' in binary, 'reason' in binary ? binary.reason : '');

  test('imports picked files, opens one and finds it by a word of its body', async () => {
    if ('reason' in binary) return;
    const library = mkdtempSync(join(tmpdir(), 'dossier-electron-'));
    const app = await electron.launch({
      executablePath: binary.path,
      args: [join(root, 'out', 'main', 'index.js'), '--library', library],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByText('Drop saved pages here')).toBeVisible();
      // The renderer must have no Node: sandboxed, isolated, only the contract on window.archive.
      const exposure = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        archive: typeof (globalThis as { archive?: unknown }).archive,
      }));
      expect(exposure).toEqual({ require: 'undefined', process: 'undefined', archive: 'object' });
      await window
        .locator('input[type=file]')
        .first()
        .setInputFiles([
          join(fixtures, 'lighthouse-keepers.html'),
          join(fixtures, 'sourdough-chemistry.html'),
        ]);
      const list = window.getByRole('listbox');
      await expect(list.getByRole('option')).toHaveCount(2);
      await window.getByRole('searchbox').fill('wicks');
      await expect(list.getByRole('option')).toHaveCount(1);
      await list.getByRole('option').first().click();
      await expect(
        window.locator('iframe').first().contentFrame().getByText('wicks', { exact: false }),
      ).toBeVisible();
    } finally {
      await app.close();
      rmSync(library, { recursive: true, force: true });
    }
  });
});
