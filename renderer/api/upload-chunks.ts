import type { Result } from '../../main/shared/result.ts';
import type { UploadedFile } from '../../main/shared/schemas.ts';
import type { DroppedFile } from './archive-client.ts';

/** Base64 characters per request: about 8 MB on the wire. */
const maxChunkChars = 8 * 1024 * 1024;
/** The contract accepts at most this many files per request. */
const maxChunkFiles = 1000;
/**
 * The largest file one request can carry (the contract takes 96 MiB of base64 per file, 3 bytes per
 * 4 characters). A larger one is not read at all: its size goes alone, and the archive refuses it as
 * too large while the rest of the batch goes on (sent whole, it failed the whole request).
 */
export const maxUploadBytes = (96 * 1024 * 1024 * 3) / 4;

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error(`Could not read ${file.name}`));
    };
    reader.readAsDataURL(file);
  });
}

type Send = (files: UploadedFile[], final: boolean) => Promise<Result<{ readonly accepted: number }>>;

/**
 * Sends files in requests of at most ~8 MB, reading each file only when its chunk is
 * built; the last request carries `final: true` (also when there is nothing to send).
 */
export async function uploadInChunks(
  files: readonly DroppedFile[],
  signal: AbortSignal,
  send: Send,
): Promise<Result<{ readonly files: number }>> {
  let chunk: UploadedFile[] = [];
  let chunkChars = 0;
  let sentFiles = 0;
  for (const { file, path } of files) {
    if (signal.aborted) return { ok: false, error: { code: 'cancelled', message: 'upload stopped' } };
    const tooLarge = file.size > maxUploadBytes;
    let dataBase64 = '';
    try {
      if (!tooLarge) dataBase64 = await readAsBase64(file);
    } catch {
      // Unreadable in the browser (e.g. removed since the drop): let the archive report it.
    }
    if (
      chunk.length > 0 &&
      (chunkChars + dataBase64.length > maxChunkChars || chunk.length >= maxChunkFiles)
    ) {
      const result = await send(chunk, false);
      if (!result.ok) return result;
      sentFiles += chunk.length;
      chunk = [];
      chunkChars = 0;
    }
    chunk.push({
      name: file.name,
      path,
      lastModified: file.lastModified > 0 ? file.lastModified : null,
      dataBase64,
      ...(tooLarge ? { size: file.size } : {}),
    });
    chunkChars += dataBase64.length;
  }
  if (signal.aborted) return { ok: false, error: { code: 'cancelled', message: 'upload stopped' } };
  const result = await send(chunk, true);
  if (!result.ok) return result;
  return { ok: true, value: { files: sentFiles + chunk.length } };
}
