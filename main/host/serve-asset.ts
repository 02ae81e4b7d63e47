import type { ServerResponse } from 'node:http';
import type { AssetContent } from '../core/index.ts';
import type { Result } from '../shared/result.ts';

/** The route prefix of stored images: `GET /asset/<sha256>?token=…`. */
export const assetRoute = '/asset/';

/** Reads a stored image by hash (the library's readAsset). */
export type AssetReader = (sha256: string) => Promise<Result<AssetContent>>;

/**
 * Serves one stored image. Only a 64-hex name of a stored asset answers, always with the type
 * sniffed from its bytes (never SVG) and headers that stop a browser from treating it as anything else.
 */
export async function serveAsset(
  readAsset: AssetReader,
  name: string,
  response: ServerResponse,
): Promise<void> {
  if (!/^[0-9a-f]{64}$/.test(name)) {
    response.writeHead(404).end();
    return;
  }
  const asset = await readAsset(name);
  if (!asset.ok) {
    response.writeHead(asset.error.code === 'not-found' ? 404 : 500).end();
    return;
  }
  response
    .writeHead(200, {
      'content-type': asset.value.mimeType,
      'content-length': String(asset.value.bytes.length),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
      'cross-origin-resource-policy': 'same-origin',
      // Content-addressed: the bytes behind a name never change.
      'cache-control': 'private, max-age=31536000, immutable',
    })
    .end(asset.value.bytes);
}
