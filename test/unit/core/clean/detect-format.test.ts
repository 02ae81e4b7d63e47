import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../../../main/core/clean/clean-page.ts';
import { detectFormat } from '../../../../main/core/clean/detect-format.ts';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const mhtml = Buffer.from(
  'From: <Saved by Blink>\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b--\r\n',
);

describe('detectFormat', () => {
  it('reads an HTML page named .txt as HTML', () => {
    expect(detectFormat(Buffer.from('<html><body><p>Hi</p></body></html>'), 'page.txt')).toEqual({
      ok: true,
      value: 'html',
    });
  });

  it('reads MIME multipart/related bytes as MHTML whatever the name', () => {
    expect(detectFormat(mhtml, 'page.html')).toEqual({ ok: true, value: 'mhtml' });
  });

  it('reads prose without markup as text', () => {
    expect(detectFormat(Buffer.from('A title\n\nA paragraph about 3 < 4.\n'), 'notes.html')).toEqual({
      ok: true,
      value: 'text',
    });
  });

  it('rejects a PNG named .html as not-html', () => {
    const result = detectFormat(png, 'photo.html');
    expect(!result.ok && result.error.code).toBe('not-html');
  });

  it('rejects an empty file as empty', () => {
    const result = detectFormat(new Uint8Array(), 'empty.txt');
    expect(!result.ok && result.error.code).toBe('empty');
  });

  it('rejects control-character soup that is not text as not-html', () => {
    const soup = Uint8Array.from({ length: 200 }, (_, index) => (index % 2 === 0 ? 0x01 : 0x41));
    const result = detectFormat(soup, 'data.txt');
    expect(!result.ok && result.error.code).toBe('not-html');
  });
});

describe('cleanPage dispatch', () => {
  it('fails not-html for an MHTML file without a page part', () => {
    const result = cleanPage({ bytes: mhtml, fileName: 'broken.mhtml' });
    expect(!result.ok && result.error.code).toBe('not-html');
  });

  it('accepts a text dump that used to be rejected as not-html', () => {
    const words =
      'The harbour master counted forty boats in the bay this morning, more than any spring before.';
    const result = cleanPage({
      bytes: Buffer.from(`Boats in the bay\n\n${words}\n\n${words}\n`),
      fileName: 'boats.txt',
    });
    expect(result.ok && result.value).toMatchObject({ status: 'ok', title: 'Boats in the bay' });
  });
});
