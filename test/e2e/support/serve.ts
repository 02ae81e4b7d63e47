import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root (this file is test/e2e/support/serve.ts). */
export const repoRoot = resolve(import.meta.dirname, '../../..');

const urlPattern = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/;
const startTimeoutMs = 20_000;

/** A running `dossier serve` on its own fresh library. */
export interface Server {
  /** The address it printed, token included. */
  readonly url: string;
  readonly libraryDir: string;
  readonly stop: () => Promise<void>;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => {
      done(false);
    }, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/**
 * Starts `node main/cli/dossier.mjs serve --library <fresh tmpdir> --port 0` and waits for its URL.
 * A test may pass a library it prepared instead (a temporary folder: it is removed on stop too).
 */
export async function startServer(options: { readonly libraryDir?: string } = {}): Promise<Server> {
  if (!existsSync(join(repoRoot, 'out/renderer/index.html'))) {
    throw new Error('out/renderer is missing: run `electron-vite build` before the e2e tests.');
  }
  const libraryDir = options.libraryDir ?? (await mkdtemp(join(tmpdir(), 'dossier-e2e-')));
  const child = spawn(
    join(repoRoot, 'node_modules/.bin/node'),
    [join(repoRoot, 'main/cli/dossier.mjs'), 'serve', '--library', libraryDir, '--port', '0'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((found, failed) => {
    const timer = setTimeout(() => {
      failed(new Error(`dossier serve printed no URL within ${startTimeoutMs} ms:\n${output}`));
    }, startTimeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = urlPattern.exec(output);
      if (match !== null) {
        clearTimeout(timer);
        found(match[0]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      failed(new Error(`dossier serve exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    libraryDir,
    stop: async () => {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 5_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
      await rm(libraryDir, { recursive: true, force: true });
    },
  };
}
