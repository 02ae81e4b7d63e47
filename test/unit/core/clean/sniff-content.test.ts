import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../../../main/core/clean/clean-page.ts';

const codeOf = (bytes: Uint8Array, fileName = 'page.html'): string => {
  const result = cleanPage({ bytes, fileName });
  return result.ok ? 'ok' : result.error.code;
};

describe('sniffing before cleaning', () => {
  it('fails an empty file and a whitespace-only file as empty', () => {
    expect(codeOf(new Uint8Array())).toBe('empty');
    expect(codeOf(Buffer.from(' \n\t\r\n  '))).toBe('empty');
    expect(codeOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a]))).toBe('empty');
  });

  it('fails a PNG named .html as not-html, from its bytes', () => {
    const png = new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...Buffer.from('<html><body><p>x</p></body></html>'),
    ]);
    expect(codeOf(png, 'photo.html')).toBe('not-html');
  });

  it('fails a PDF, a ZIP, a JPEG and a GIF as not-html', () => {
    for (const magic of ['%PDF-1.7\n', 'PK\u0003\u0004', 'GIF89a'])
      expect(codeOf(Buffer.from(`${magic}<p>text</p>`, 'latin1'))).toBe('not-html');
    expect(codeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x3c, 0x70, 0x3e]))).toBe('not-html');
  });

  it('fails content with NUL bytes as not-html', () => {
    expect(
      codeOf(new Uint8Array([...Buffer.from('<html><body>'), 0, 1, 2, ...Buffer.from('</body></html>')])),
    ).toBe('not-html');
  });

  it('accepts plain prose with no markup as a text dump, whatever its name', () => {
    expect(codeOf(Buffer.from('Dear diary, today the river rose a < b and nothing else happened.\n'))).toBe(
      'ok',
    );
  });

  it('accepts a UTF-16 page despite its NUL bytes', () => {
    const body = Buffer.from(
      `<html><body><p>${'Ordinary words in a long enough paragraph. '.repeat(20)}</p></body></html>`,
      'utf16le',
    );
    expect(codeOf(new Uint8Array([0xff, 0xfe, ...body]))).toBe('ok');
  });
});
