// Issue 7, "Never lose data": an import SIGKILLed at random moments loses nothing it reported.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/import/library-test-kit.ts';
import {
  checkAndRepair,
  storedArticles,
  verifyCommitted,
  writePages,
  type CommittedArticle,
} from './support/durability-kit.ts';

// The issue asks for 1,000 files; here (2 shared cores) an import runs at ~5 files/s, so 1,000
// would take over 3 minutes. 160 keeps the whole test under two minutes, and 20 runs of at most
// 7 new files each cannot finish it before the last run. `npm run test:soak` sets
// DOSSIER_SOAK_FILES=1000 (test/vitest.soak.config.ts) to run it at the size.
const fileCount = soakFileCount(process.env.DOSSIER_SOAK_FILES);
const kills = 20;
/** At most this many files are imported after a run's kill moment is chosen (at most 7 a run). */
const graceFiles = 2;
const child = fileURLToPath(new URL('./support/import-child.ts', import.meta.url));

/** The number of files to import: DOSSIER_SOAK_FILES when set (at least 150, so 20 kills cannot finish it), else 160. */
function soakFileCount(value: string | undefined): number {
  if (value === undefined || value === '') return 160;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 150)
    throw new Error(`DOSSIER_SOAK_FILES must be an integer ≥ 150, not ${value}`);
  return count;
}

/** A small seeded generator (mulberry32), so a failing run can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ChildLine {
  readonly started?: boolean;
  readonly finished?: boolean;
  readonly file?: string;
  readonly status?: 'imported' | 'duplicate' | 'failed';
  readonly id?: number;
}

interface RunResult {
  readonly lines: ChildLine[];
  readonly killed: boolean;
}

/**
 * Runs one import in a child process. With `killAfter`, SIGKILLs it `delayMs` after it has
 * reported that many newly imported files (0: after it started), or sooner once it has reported
 * `graceFiles` more, so that a fast machine imports no more files per run than a slow one.
 */
function runImport(
  libraryDir: string,
  folder: string,
  kill: { killAfter: number; delayMs: number } | null,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, libraryDir, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: ChildLine[] = [];
    let imported = 0;
    let armed = kill !== null;
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const arm = (): void => {
      if (!armed || kill === null) return;
      armed = false;
      setTimeout(() => proc.kill('SIGKILL'), kill.delayMs);
    };
    createInterface({ input: proc.stdout }).on('line', (text) => {
      const line = JSON.parse(text) as ChildLine;
      lines.push(line);
      if (line.status === 'imported') imported += 1;
      if (kill === null) return;
      if (line.started === true ? kill.killAfter === 0 : imported >= kill.killAfter) arm();
      if (imported >= kill.killAfter + graceFiles) proc.kill('SIGKILL');
    });
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ lines, killed: true });
      else if (code === 0) resolve({ lines, killed: false });
      else reject(new Error(`import child exited ${String(code)}: ${stderr}`));
    });
  });
}

describe('an import killed at random moments', () => {
  it(
    'keeps every article it reported, byte-exact and searchable, and ends with each file imported once',
    async () => {
      const seed = 7;
      const random = seededRandom(seed);
      const pagesDir = join(await tempDir('dossier-kill-pages-'), 'pages');
      const libraryDir = await tempDir('dossier-kill-library-');
      const pages = await writePages(pagesDir, fileCount);
      const indexOf = new Map(pages.map((path, index) => [path, index]));
      const committed = new Map<string, CommittedArticle>();
      const record = (lines: readonly ChildLine[]): void => {
        for (const line of lines) {
          if (line.file === undefined || line.id === undefined || line.status === 'failed') continue;
          const known = committed.get(line.file);
          // A file imported before a kill comes back as a duplicate of the same article.
          if (known !== undefined) expect(line.id, line.file).toBe(known.id);
          else
            committed.set(line.file, {
              id: line.id,
              sourcePath: line.file,
              index: indexOf.get(line.file) ?? -1,
            });
        }
      };

      let killed = 0;
      // Kills between storing an original and committing its row leave files for the repair.
      let roundsWithLeftovers = 0;
      for (let round = 0; round < kills; round += 1) {
        const killAfter = Math.floor(random() * 6);
        const delayMs = Math.floor(random() * 250);
        const run = await runImport(libraryDir, pagesDir, { killAfter, delayMs });
        expect(run.lines.filter((line) => line.status === 'failed')).toEqual([]);
        record(run.lines);
        if (run.killed) killed += 1;
        const leftovers = (await checkAndRepair(libraryDir)).findings.filter((f) => f.severity === 'problem');
        if (leftovers.length > 0) roundsWithLeftovers += 1;
        await verifyCommitted(libraryDir, [...committed.values()]);
      }
      expect(killed, `seed ${seed}: every run should have been killed before finishing`).toBe(kills);
      expect(committed.size).toBeLessThan(fileCount);
      process.stderr.write(
        `kill test: ${fileCount} files, ${killed} kills, ${committed.size} committed before the last run, ` +
          `${roundsWithLeftovers} kills left files for the repair\n`,
      );

      const last = await runImport(libraryDir, pagesDir, null);
      expect(last.lines.at(-1)).toEqual({ finished: true });
      expect(last.lines.filter((line) => line.status === 'failed')).toEqual([]);
      record(last.lines);
      expect(committed.size).toBe(fileCount);
      const report = await checkAndRepair(libraryDir);
      expect(report.findings).toEqual([]);
      expect(await verifyCommitted(libraryDir, [...committed.values()])).toBe(fileCount);
      expect(new Set([...committed.values()].map((article) => article.id)).size).toBe(fileCount);
      expect(storedArticles(libraryDir).size).toBe(fileCount);
      // Three seconds per extra file: at 1,000 files the last run imports ~940 of them, and on two
      // cores shared by a loaded team (load average ~20) one second a file timed out after 18 minutes.
    },
    240_000 + Math.max(0, fileCount - 160) * 3_000,
  );
});
