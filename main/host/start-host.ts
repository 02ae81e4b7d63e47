import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../core/logger.ts';
import { eventsRoute, tokenHeader, type ArchiveService } from '../shared/api.ts';
import { dispatch } from '../shared/dispatch.ts';
import { isApiMethod } from '../shared/methods.ts';
import type { Result } from '../shared/result.ts';
import { checkHostAndOrigin, isTokenValid } from './check-request.ts';
import { streamEvents } from './event-stream.ts';
import { readJsonBody } from './read-json-body.ts';
import { assetRoute, serveAsset, type AssetReader } from './serve-asset.ts';
import { serveStatic } from './serve-static.ts';

/** How to run the local web host. */
export interface HostOptions {
  readonly service: ArchiveService;
  /** Folder of the built UI (out/renderer). */
  readonly uiDir: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly logger: Logger;
  /** Fixed token for tests; a fresh random one per run otherwise. */
  readonly token?: string;
  /** Stored images of saved pages (`GET /asset/<sha256>?token=…`); without it that route answers 404. */
  readonly readAsset?: AssetReader;
}

/** A running host. */
export interface RunningHost {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  readonly close: () => Promise<void>;
}

/** Starts `dossier serve`: the UI and the API on 127.0.0.1 only, gated by a per-run token. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port;
  const server = createServer((request, response) => {
    handleRequest(request, response, { ...options, token, port }).catch((error: unknown) => {
      options.logger.error('request failed', { url: request.url, error: String(error) });
      if (!response.headersSent) response.writeHead(500).end();
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the archive is never reachable from another machine.
    server.listen(options.port, '127.0.0.1', () => {
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

async function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  context: HostOptions & { token: string; port: number },
): Promise<void> {
  const refusal = checkHostAndOrigin(request.headers, context.port);
  if (refusal !== null) {
    response.writeHead(refusal.status, { 'content-type': 'text/plain' }).end(refusal.reason);
    return;
  }
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${context.port}`);
  if (url.pathname === eventsRoute) {
    if (request.method !== 'GET' || !isTokenValid(url.searchParams.get('token'), context.token)) {
      response.writeHead(401).end();
      return;
    }
    streamEvents(context.service, response);
    return;
  }
  if (url.pathname.startsWith(assetRoute)) {
    // <img> cannot send the token header, so it comes in the query, like the event stream's.
    if (request.method !== 'GET' || !isTokenValid(url.searchParams.get('token'), context.token)) {
      response.writeHead(401).end();
      return;
    }
    if (context.readAsset === undefined) response.writeHead(404).end();
    else await serveAsset(context.readAsset, url.pathname.slice(assetRoute.length), response);
    return;
  }
  if (url.pathname.startsWith('/api/')) {
    await handleApiCall(request, response, context, url.pathname.slice('/api/'.length));
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405).end();
    return;
  }
  await serveStatic(context.uiDir, url.pathname, response);
}

async function handleApiCall(
  request: IncomingMessage,
  response: ServerResponse,
  context: HostOptions & { token: string },
  method: string,
): Promise<void> {
  const presented = request.headers[tokenHeader];
  if (!isTokenValid(typeof presented === 'string' ? presented : null, context.token)) {
    sendResult(response, 401, {
      ok: false,
      error: { code: 'invalid-request', message: 'missing or wrong token' },
    });
    return;
  }
  if (request.method !== 'POST' || !isApiMethod(method)) {
    sendResult(response, 404, {
      ok: false,
      error: { code: 'not-found', message: `no API method ${method}` },
    });
    return;
  }
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    sendResult(response, 415, {
      ok: false,
      error: { code: 'invalid-request', message: 'expected application/json' },
    });
    return;
  }
  const body = await readJsonBody(request);
  if (!body.ok) {
    // After a refused oversize body, hang up: keeping the connection alive would read the rest of it.
    if (body.error.code === 'too-large') sendResult(response, 413, body, { connection: 'close' });
    else sendResult(response, 400, body);
    return;
  }
  const result = await dispatch(context.service, method, body.value);
  sendResult(response, 200, result);
}

function sendResult(
  response: ServerResponse,
  status: number,
  result: Result<unknown>,
  extraHeaders: Record<string, string> = {},
): void {
  response
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...extraHeaders,
    })
    .end(JSON.stringify(result));
}
