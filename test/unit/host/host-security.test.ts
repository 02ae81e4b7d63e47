import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { maxRequestBytes } from '../../../main/host/read-json-body.ts';
import type { RunningHost } from '../../../main/host/start-host.ts';
import { send, useTestHosts, type Reply } from './support/serve-test-host.ts';

// The attacks of issue 7 on `dossier serve`, against the real server on loopback.

const startTestHost = useTestHosts();

async function serve(): Promise<RunningHost> {
  return (await startTestHost({ workerCount: 1 })).host;
}

function apiHeaders(host: RunningHost, extra: Record<string, string> = {}): Record<string, string> {
  return { 'content-type': 'application/json', 'x-dossier-token': host.token, ...extra };
}

/** The error code a refused connection gives, or 'connected'. */
function tryConnect(address: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port }, () => {
      socket.destroy();
      resolve('connected');
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      resolve(error.code ?? 'error');
    });
  });
}

describe('dossier serve against hostile clients', () => {
  it('listens on 127.0.0.1 only: IPv6 loopback and the machine’s other addresses are refused', async () => {
    const host = await serve();
    expect(await tryConnect('127.0.0.1', host.port)).toBe('connected');
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((entry) => entry !== undefined && !entry.internal && entry.family === 'IPv4')
      .map((entry) => entry?.address ?? '');
    for (const address of ['::1', ...others]) {
      expect(await tryConnect(address, host.port), address).not.toBe('connected');
    }
  });

  it('refuses the API, the event stream and stored images to a request without the run’s token', async () => {
    const host = await serve();
    const noToken = { 'content-type': 'application/json' };
    expect(
      (await send(host, '/api/getLibraryInfo', { method: 'POST', headers: noToken, body: '{}' })).status,
    ).toBe(401);
    // The token belongs in the header for the API: one in the query string is not enough.
    const inQuery = await send(host, `/api/getLibraryInfo?token=${host.token}`, {
      method: 'POST',
      headers: noToken,
      body: '{}',
    });
    expect(inQuery.status).toBe(401);
    expect((await send(host, '/api/events?token=wrong')).status).toBe(401);
    expect((await send(host, `/asset/${'a'.repeat(64)}`)).status).toBe(401);
  });

  it('refuses every route when the Host header names another site (DNS rebinding)', async () => {
    const host = await serve();
    for (const hostHeader of [
      'evil.test',
      `evil.test:${host.port}`,
      `127.0.0.1.evil.test:${host.port}`,
      '127.0.0.1',
    ]) {
      for (const path of ['/', '/api/getLibraryInfo', `/api/events?token=${host.token}`]) {
        const reply = await send(host, path, {
          method: path.startsWith('/api/get') ? 'POST' : 'GET',
          headers: apiHeaders(host, { host: hostHeader }),
          body: path.startsWith('/api/get') ? '{}' : undefined,
        });
        expect(reply.status, `${hostHeader} ${path}`).toBe(403);
      }
    }
  });

  it('refuses a cross-site Origin even with the right token, and accepts its own', async () => {
    const host = await serve();
    const call = (origin: string): Promise<Reply> =>
      send(host, '/api/getLibraryInfo', {
        method: 'POST',
        headers: apiHeaders(host, { origin }),
        body: '{}',
      });
    for (const origin of [
      'http://evil.test',
      'null',
      `https://127.0.0.1:${host.port}`,
      'http://127.0.0.1:1',
    ]) {
      expect((await call(origin)).status, origin).toBe(403);
    }
    expect((await call(`http://127.0.0.1:${host.port}`)).status).toBe(200);
  });

  it('sends no CORS headers, not even to a preflight', async () => {
    const host = await serve();
    const replies = [
      await send(host, '/'),
      await send(host, '/api/getLibraryInfo', { method: 'POST', headers: apiHeaders(host), body: '{}' }),
      await send(host, '/api/getLibraryInfo', {
        method: 'OPTIONS',
        headers: {
          origin: 'http://evil.test',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'x-dossier-token',
        },
      }),
    ];
    expect(replies[2]?.status).toBe(403);
    for (const reply of replies) {
      expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('refuses an oversize body with a clear too-large error and closes the connection', async () => {
    const host = await serve();
    const answer = await new Promise<{ text: string; closed: boolean }>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: host.port }, () => {
        socket.write(
          `POST /api/search HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n` +
            `Content-Type: application/json\r\nX-Dossier-Token: ${host.token}\r\n` +
            `Content-Length: ${maxRequestBytes + 1}\r\n\r\n{"paths":[`,
        );
      });
      let text = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (text += chunk));
      socket.on('close', () => {
        resolve({ text, closed: true });
      });
      socket.on('error', reject);
      setTimeout(() => {
        socket.destroy();
        resolve({ text, closed: false });
      }, 5_000);
    });
    expect(answer.text).toMatch(/^HTTP\/1\.1 413/);
    expect(answer.text).toContain('"code":"too-large"');
    expect(answer.text).toMatch(/request body over \d+ bytes/);
    // The rest of a 128 MiB body is never read: the server hangs up instead of draining it.
    expect(answer.closed).toBe(true);
  });

  it('serves the UI with a CSP that allows only its own scripts, no plugins, no base, no framing and no referrer', async () => {
    const host = await serve();
    const index = await send(host, '/');
    const policy = String(index.headers['content-security-policy']);
    const directives = new Map(
      policy.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    // The page's address carries the run's token: it must never travel in a Referer.
    expect(index.headers['referrer-policy']).toBe('no-referrer');
  });
});
