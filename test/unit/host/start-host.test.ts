import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary, silentLogger, type Library } from '../../../main/core/index.ts';
import { startHost, type RunningHost } from '../../../main/host/start-host.ts';
import { useTempDir } from '../support/temp-dir.ts';

const tempDir = useTempDir();
const running: { host: RunningHost; library: Library }[] = [];

afterEach(async () => {
  for (const { host, library } of running.splice(0)) {
    await host.close();
    await library.close();
  }
});

async function serve(): Promise<RunningHost> {
  const uiDir = tempDir();
  writeFileSync(join(uiDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  mkdirSync(join(uiDir, 'assets'));
  writeFileSync(join(uiDir, 'assets', 'app.js'), 'console.log(1)');
  const opened = await openLibrary({ dir: tempDir(), logger: silentLogger });
  if (!opened.ok) throw new Error(opened.error.message);
  const host = await startHost({ service: opened.value, uiDir, port: 0, logger: silentLogger });
  running.push({ host, library: opened.value });
  return host;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  host: RunningHost,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: options.headers },
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

function api(host: RunningHost, method: string, body: unknown, token = host.token): Promise<Reply> {
  return send(host, `/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dossier-token': token },
    body: JSON.stringify(body),
  });
}

describe('dossier serve', () => {
  it('binds loopback and prints a URL carrying the per-run token', async () => {
    const host = await serve();
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers an API call that carries the token', async () => {
    const host = await serve();
    const reply = await api(host, 'getLibraryInfo', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { articleCount: 0 } });
  });

  it('refuses an API call without the right token', async () => {
    const host = await serve();
    expect((await api(host, 'getLibraryInfo', {}, 'wrong')).status).toBe(401);
  });

  it('turns a malformed request into an invalid-request error, not a crash', async () => {
    const host = await serve();
    const reply = await api(host, 'getArticle', { id: 'one' });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const broken = await send(host, '/api/search', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dossier-token': host.token },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
  });

  it('refuses an unknown method and a cross-site Origin', async () => {
    const host = await serve();
    expect((await api(host, 'dropTables', {})).status).toBe(404);
    const cross = await send(host, '/api/getLibraryInfo', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-dossier-token': host.token,
        origin: 'https://evil.example',
      },
      body: '{}',
    });
    expect(cross.status).toBe(403);
  });

  it('refuses a request whose Host is not its own (DNS rebinding)', async () => {
    const host = await serve();
    const reply = await send(host, '/', { headers: { host: `rebind.example:${host.port}` } });
    expect(reply.status).toBe(403);
  });

  it('serves the UI with a strict CSP and never a file outside the UI folder', async () => {
    const host = await serve();
    const index = await send(host, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await send(host, '/assets/app.js')).status).toBe(200);
    expect((await send(host, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await send(host, '/../package.json')).status).toBe(404);
  });

  it('streams events only to a client with the token', async () => {
    const host = await serve();
    expect((await send(host, '/api/events')).status).toBe(401);
  });
});
