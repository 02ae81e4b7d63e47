// `npm start`: runs the Electron app with electron-vite where an Electron binary
// exists; where none could be installed, says so in one line and serves the same
// UI to the browser with `dossier serve` instead. Extra arguments pass through
// (e.g. `npm start -- --library ~/Research/dossier --port 8080`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

function electronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return process.env.ELECTRON_OVERRIDE_DIST_PATH;
  try {
    // electron's index.js returns the binary's path, or throws when the binary was never installed.
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(command, commandArgs) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
    process.on('SIGINT', () => child.kill('SIGINT'));
    process.on('SIGTERM', () => child.kill('SIGTERM'));
    child.on('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 0)));
  });
}

const electronVite = fileURLToPath(new URL('../node_modules/electron-vite/bin/electron-vite.js', import.meta.url));

if (electronBinary() !== null) {
  process.exit(await run(process.execPath, [electronVite, 'preview', '--', ...args]));
}

console.log(
  'Dossier: no Electron binary is installed on this machine (it could not be downloaded), so Dossier is starting in your browser instead.',
);
const built = await run(process.execPath, [electronVite, 'build', '--logLevel', 'warn']);
if (built !== 0) process.exit(built);
process.exit(await run(process.execPath, [fileURLToPath(new URL('../main/cli/dossier.mjs', import.meta.url)), 'serve', ...args]));
