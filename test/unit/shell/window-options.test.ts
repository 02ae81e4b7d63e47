import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../main/shell/window-options.ts';

const mainDir = join(import.meta.dirname, '../../../main');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|mts|cts)$/.test(entry.name) ? [path] : [];
  });
}

describe('the windows the shell creates', () => {
  it('are created only from mainWindowOptions, so testing it covers every window', () => {
    const creators = sourceFiles(mainDir)
      .map((path) => ({ path: relative(mainDir, path), text: readFileSync(path, 'utf8') }))
      .filter(({ text }) => /new\s+BrowserWindow\s*\(/.test(text));
    expect(creators.map(({ path }) => path)).toEqual([join('shell', 'create-main-window.ts')]);
    const calls = creators[0]?.text.match(/new\s+BrowserWindow\s*\(\s*([A-Za-z]+)\(/g) ?? [];
    expect(calls).toHaveLength(creators[0]?.text.match(/new\s+BrowserWindow\s*\(/g)?.length ?? -1);
    for (const call of calls) expect(call).toMatch(/mainWindowOptions\($/);
  });

  it('run sandboxed and isolated, without Node, with web security on and no <webview>', () => {
    const { webPreferences } = mainWindowOptions('/app/preload/index.cjs');
    expect(webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('set none of the options that would weaken the renderer', () => {
    const options: Record<string, unknown> = mainWindowOptions('/p.cjs');
    const preferences: Record<string, unknown> = mainWindowOptions('/p.cjs').webPreferences;
    for (const risky of [
      'experimentalFeatures',
      'enableBlinkFeatures',
      'additionalArguments',
      'partition',
      'session',
    ]) {
      expect(preferences[risky], risky).toBeUndefined();
    }
    // A window shown before it is ready could flash remote content; it is shown on ready-to-show.
    expect(options['show']).toBe(false);
  });
});
