import { describe, expect, it } from 'vitest';
import { readLibraryFlag } from '../../../main/shell/library-flag.ts';
import { secureWebPreferences } from '../../../main/shell/web-preferences.ts';

describe('readLibraryFlag', () => {
  it('reads --library DIR and --library=DIR, and nothing otherwise', () => {
    expect(readLibraryFlag(['electron', '.', '--library', '/tmp/lib'])).toBe('/tmp/lib');
    expect(readLibraryFlag(['electron', '--library=/data/lib'])).toBe('/data/lib');
    expect(readLibraryFlag(['electron', '.'])).toBeUndefined();
  });
});

describe('secureWebPreferences', () => {
  it('sandboxes and isolates the renderer with no Node and web security on', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
});
