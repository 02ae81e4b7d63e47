import { protocol } from 'electron';
import type { AssetContent } from '../core/index.ts';
import type { Result } from '../shared/result.ts';

/** The scheme of stored images in Electron: `dossier-asset://asset/<sha256>`. */
export const assetScheme = 'dossier-asset';

/** Declares the scheme standard and secure; Electron allows this only before the app is ready. */
export function registerAssetScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // No bypassCSP, no fetch or service-worker rights: pages may only show these as images, where their CSP allows.
    { scheme: assetScheme, privileges: { standard: true, secure: true } },
  ]);
}

function notFound(): Response {
  return new Response(null, { status: 404 });
}

/**
 * Answers `dossier-asset://asset/<sha256>` from the library. The hash is the whole path, checked
 * as 64 hex digits, so no request can name a file; the type is the one sniffed from the bytes (never SVG).
 */
export function handleAssetProtocol(readAsset: (sha256: string) => Promise<Result<AssetContent>>): void {
  protocol.handle(assetScheme, async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    const name = url.pathname.replace(/^\//, '');
    // The hash rides in the path: a 64-character host would break DNS label rules in URL parsing.
    if (request.method !== 'GET' || url.host !== 'asset' || !/^[0-9a-f]{64}$/.test(name)) return notFound();
    const asset = await readAsset(name);
    if (!asset.ok) return notFound();
    return new Response(Buffer.from(asset.value.bytes), {
      status: 200,
      headers: {
        'content-type': asset.value.mimeType,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'",
      },
    });
  });
}
