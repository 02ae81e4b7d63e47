// `dossier serve` on loopback over a fresh library, closed after each test, and a raw HTTP client for it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { openLibrary, silentLogger, type Library } from '../../../../main/core/index.ts';
import { startHost, type RunningHost } from '../../../../main/host/start-host.ts';
import { useTempDir } from '../../support/temp-dir.ts';

/** How to set a test host up. */
export interface TestHostOptions {
  /** Files of the UI folder besides index.html, by path relative to it. */
  readonly uiFiles?: Readonly<Record<string, string>>;
  /** Clean workers of the library; the library's default when absent. */
  readonly workerCount?: number;
  /** Whether the host serves the library's saved page files (`readAsset`). */
  readonly assets?: boolean;
}

/** A running host and the library it serves. */
export interface TestHost {
  readonly host: RunningHost;
  readonly library: Library;
}

/** Returns a function that starts a host over a fresh library; every host is closed after its test. */
export function useTestHosts(): (options?: TestHostOptions) => Promise<TestHost> {
  const tempDir = useTempDir();
  const running: TestHost[] = [];
  afterEach(async () => {
    for (const { host, library } of running.splice(0)) {
      await host.close();
      await library.close();
    }
  });
  return async (options = {}) => {
    const uiDir = tempDir();
    writeFileSync(join(uiDir, 'index.html'), '<!doctype html><title>Dossier</title>');
    for (const [path, content] of Object.entries(options.uiFiles ?? {})) {
      mkdirSync(dirname(join(uiDir, path)), { recursive: true });
      writeFileSync(join(uiDir, path), content);
    }
    const workers = options.workerCount === undefined ? {} : { workerCount: options.workerCount };
    const opened = await openLibrary({ dir: tempDir(), logger: silentLogger, ...workers });
    if (!opened.ok) throw new Error(opened.error.message);
    const library = opened.value;
    const readAsset = options.assets === true ? { readAsset: library.readAsset } : {};
    const host = await startHost({ service: library, ...readAsset, uiDir, port: 0, logger: silentLogger });
    running.push({ host, library });
    return { host, library };
  };
}

/** One HTTP reply, its body read as UTF-8 text. */
export interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** What a raw request may set; `address` is the host's address to dial (127.0.0.1 by default). */
export interface SendOptions {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | undefined;
  readonly address?: string;
}

/** Sends one raw HTTP request to a test host and reads the whole reply. */
export function send(host: RunningHost, path: string, options: SendOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.address ?? '127.0.0.1',
        port: host.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
