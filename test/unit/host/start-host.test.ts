import { describe, expect, it } from 'vitest';
import type { RunningHost } from '../../../main/host/start-host.ts';
import { send, useTestHosts, type Reply } from './support/serve-test-host.ts';

const startTestHost = useTestHosts();

async function serve(): Promise<RunningHost> {
  return (await startTestHost({ uiFiles: { 'assets/app.js': 'console.log(1)' } })).host;
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
