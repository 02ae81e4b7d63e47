// Finds the Electron binary without triggering electron's download-on-require
// (node_modules/electron/index.js tries to download a missing binary when required).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const electronDir = fileURLToPath(new URL('../node_modules/electron/', import.meta.url));

/** The binary's relative path inside an Electron dist folder on this platform. */
function binaryName(): string {
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/** Where the Electron binary is, or why there is none. ELECTRON_OVERRIDE_DIST_PATH wins, as in electron itself. */
export function findElectronBinary(env = process.env): { path: string } | { reason: string } {
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override !== undefined && override !== '') {
    const path = join(override, binaryName());
    return existsSync(path)
      ? { path }
      : { reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary at ${path}` };
  }
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      reason:
        'no Electron binary is installed (its download failed at npm install); set ELECTRON_OVERRIDE_DIST_PATH to a folder holding one',
    };
  }
  const path = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(path)
    ? { path }
    : { reason: `the Electron binary named in ${pathFile} is missing: ${path}` };
}
