#!/usr/bin/env node
// The `dossier` command. Dossier's code is TypeScript run directly by Node 24
// (type stripping), the same Node major as Electron 45's main process. When this
// file is started by an older Node (the system one, say), it re-runs itself with
// the Node that the project pins in node_modules.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const major = Number(process.versions.node.split('.')[0]);

if (major >= 24) {
  const { runCli } = await import('./main.ts');
  process.exitCode = await runCli(process.argv.slice(2));
} else {
  const pinned = fileURLToPath(new URL('../../node_modules/node/bin/node', import.meta.url));
  if (!existsSync(pinned)) {
    process.stderr.write(
      `dossier: needs Node 24 or newer (this is ${process.version}); run \`npm install\` in the Dossier folder to get it.\n`,
    );
    process.exit(1);
  }
  const child = spawn(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  // Ctrl-C reaches the child through the process group; the child decides how to stop.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal === null ? 1 : 128));
  });
}
