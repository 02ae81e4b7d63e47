import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../../../main/cli/cli-io.ts';
import { runCli } from '../../../../main/cli/main.ts';
import type { Library } from '../../../../main/core/library.ts';
import {
  articleHtml,
  importAndWait,
  openTestLibrary,
  tempDir,
  writeTestFile,
} from '../../core/import/library-test-kit.ts';

/** What one `dossier` run printed and how it exited. */
export interface DossierRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `dossier <args>` in this process through `runCli`, collecting what it prints. */
export async function dossier(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    isErrTty: false,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const cli = fileURLToPath(new URL('../../../../main/cli/dossier.mjs', import.meta.url));

/** Runs the real `dossier.mjs` entry point in a child Node process, with extra environment variables. */
export function spawnDossier(args: string[], env: Record<string, string> = {}): DossierRun {
  const run = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** An open library in a fresh temp folder (at `<dir>/lib`) holding "Talks open" (1) and "Talks stall" (2). */
export async function talksLibrary(): Promise<{ library: Library; path: string }> {
  const dir = await tempDir();
  const path = join(dir, 'lib');
  const library = await openTestLibrary(path);
  const pages = await Promise.all(
    ['Talks open', 'Talks stall'].map((title, n) =>
      writeTestFile(join(dir, 'in', `${n}.html`), articleHtml({ title, body: `${title} in Geneva.` })),
    ),
  );
  for (const page of pages) await importAndWait(library, { paths: [page], uploads: false });
  return { library, path };
}
