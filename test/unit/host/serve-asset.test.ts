import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Of } from '../../../main/core/store/original-store.ts';
import type { RunningHost } from '../../../main/host/start-host.ts';
import { recordEvents, writeTestFile } from '../core/import/library-test-kit.ts';
import { useTempDir } from '../support/temp-dir.ts';
import { jpegLike } from '../support/tiny-images.ts';
import { useTestHosts } from './support/serve-test-host.ts';

const tempDir = useTempDir();
const startTestHost = useTestHosts();

const filler =
  'This paragraph is here so that the page reads as an article, with enough ordinary words in sentences.';

/** A host whose library holds one saved page with page_files/photo.jpg. */
async function serveWithPhoto(): Promise<RunningHost> {
  const { host, library } = await startTestHost({ workerCount: 1, assets: true });
  const source = tempDir();
  const page = `<!doctype html><html lang="en"><head><title>Photo</title></head><body><article><h1>Photo</h1>
<p>${filler} ${filler}</p><figure><img src="page_files/photo.jpg" alt="Photo"></figure><p>${filler}</p><p>${filler}</p></article></body></html>`;
  const pagePath = await writeTestFile(join(source, 'page.html'), page);
  await writeTestFile(join(source, 'page_files', 'photo.jpg'), jpegLike());
  const { finished } = recordEvents(library);
  const started = await library.startImport({ paths: [pagePath], uploads: false });
  if (!started.ok) throw new Error(started.error.message);
  await finished(started.value.batchId);
  return host;
}

function get(host: RunningHost, path: string): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path }, (res) => {
      res.resume();
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the asset route of dossier serve', () => {
  const photo = sha256Of(jpegLike());

  it('answers 401 without the right token', async () => {
    const host = await serveWithPhoto();

    expect((await get(host, `/asset/${photo}`)).status).toBe(401);
    expect((await get(host, `/asset/${photo}?token=wrong`)).status).toBe(401);
  });

  it('answers 404 for a name that is not a hash and for a hash that is not stored', async () => {
    const host = await serveWithPhoto();
    const token = `?token=${host.token}`;

    expect((await get(host, `/asset/..%2Flibrary.sqlite${token}`)).status).toBe(404);
    expect((await get(host, `/asset/${photo.toUpperCase()}${token}`)).status).toBe(404);
    expect((await get(host, `/asset/${'0'.repeat(64)}${token}`)).status).toBe(404);
  });

  it('serves a stored image with its sniffed type, nosniff and a policy that allows nothing', async () => {
    const host = await serveWithPhoto();

    const reply = await get(host, `/asset/${photo}?token=${host.token}`);

    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('image/jpeg');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['content-security-policy']).toBe("default-src 'none'");
  });
});
