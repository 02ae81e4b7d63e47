import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary, silentLogger, type Library } from '../../../main/core/index.ts';
import { startHost, type RunningHost } from '../../../main/host/start-host.ts';
import { useTempDir } from '../support/temp-dir.ts';

// Issue 7: JSON bodies with `__proto__` / `constructor` keys sent to `dossier serve` are refused and inert.

const tempDir = useTempDir();
const running: { host: RunningHost; library: Library }[] = [];
const pollutionKeys = ['polluted', 'isAdmin', 'dataBase64', 'paths'];

afterEach(async () => {
  for (const key of pollutionKeys) Reflect.deleteProperty(Object.prototype, key);
  for (const { host, library } of running.splice(0)) {
    await host.close();
    await library.close();
  }
});

async function serve(): Promise<RunningHost> {
  const uiDir = tempDir();
  writeFileSync(join(uiDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  const opened = await openLibrary({ dir: tempDir(), logger: silentLogger, workerCount: 1 });
  if (!opened.ok) throw new Error(opened.error.message);
  const host = await startHost({ service: opened.value, uiDir, port: 0, logger: silentLogger });
  running.push({ host, library: opened.value });
  return host;
}

async function call(
  host: RunningHost,
  method: string,
  body: string,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dossier-token': host.token },
    body,
  });
  return { status: response.status, json: await response.json() };
}

const upload = (extra: string): string =>
  `{"batchId":"b1","final":true,"files":[{"name":"a.html","path":"a.html","lastModified":null,"dataBase64":"PGgxPg==",${extra}}]}`;

describe('dossier serve and prototype-pollution-shaped JSON', () => {
  it.each([
    ['a top-level __proto__', 'getLibraryInfo', '{"__proto__":{"polluted":1,"isAdmin":true}}'],
    ['a constructor.prototype', 'listSavedSearches', '{"constructor":{"prototype":{"polluted":1}}}'],
    [
      '__proto__ beside real fields',
      'startImport',
      '{"paths":[],"uploads":true,"__proto__":{"paths":["/etc"]}}',
    ],
    ['__proto__ inside an uploaded file', 'uploadFiles', upload('"__proto__":{"dataBase64":"AAAA"}')],
  ])('refuses %s as invalid-request and changes no prototype', async (_name, method, body) => {
    const host = await serve();

    const reply = await call(host, method, body);

    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const probe: Record<string, unknown> = {};
    for (const key of pollutionKeys) expect(probe[key], key).toBeUndefined();
    // The server still answers ordinary requests.
    expect((await call(host, 'getLibraryInfo', '{}')).json).toMatchObject({ ok: true });
  });
});
