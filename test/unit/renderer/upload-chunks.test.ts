import { describe, expect, it } from 'vitest';
import type { UploadedFile } from '../../../main/shared/schemas.ts';
import { maxUploadBytes, uploadInChunks } from '../../../renderer/api/upload-chunks.ts';

describe('uploading dropped files in chunks', () => {
  it('sends the size alone of a file too large for one request, without reading it', async () => {
    const huge = new File([new Uint8Array(maxUploadBytes + 1)], 'huge.html', {
      lastModified: 1_700_000_000_000,
    });
    const sent: { files: UploadedFile[]; final: boolean }[] = [];

    const result = await uploadInChunks(
      [{ file: huge, path: 'saves/huge.html' }],
      new AbortController().signal,
      (files, final) => {
        sent.push({ files, final });
        return Promise.resolve({ ok: true, value: { accepted: files.length } });
      },
    );

    expect(result).toEqual({ ok: true, value: { files: 1 } });
    expect(sent).toEqual([
      {
        files: [
          {
            name: 'huge.html',
            path: 'saves/huge.html',
            lastModified: 1_700_000_000_000,
            dataBase64: '',
            size: maxUploadBytes + 1,
          },
        ],
        final: true,
      },
    ]);
  });
});
