// `npm start` (always under Node 24: npm puts node_modules/.bin first on PATH): runs the Electron app with electron-vite where an Electron binary
// exists; where none could be installed, says so in one line and serves the same
// UI to the browser with `dossier serve` instead. Extra arguments pass through
// (e.g. `npm start -- --library ~/Research/dossier --port 8080`).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './find-electron-binary.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

function run(command, commandArgs) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
    process.on('SIGINT', () => child.kill('SIGINT'));
    process.on('SIGTERM', () => child.kill('SIGTERM'));
    child.on('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 0)));
  });
}

const electronVite = fileURLToPath(
  new URL('../node_modules/electron-vite/bin/electron-vite.js', import.meta.url),
);

const electron = findElectronBinary();
if ('path' in electron) {
  process.exit(await run(process.execPath, [electronVite, 'preview', '--', ...args]));
}

console.log(
  `Dossier: cannot start the Electron app — ${electron.reason}. Serving the same UI to your browser instead.`,
);
const built = await run(process.execPath, [electronVite, 'build', '--logLevel', 'warn']);
if (built !== 0) process.exit(built);
process.exit(
  await run(process.execPath, [
    fileURLToPath(new URL('../main/cli/dossier.mjs', import.meta.url)),
    'serve',
    ...args,
  ]),
);
