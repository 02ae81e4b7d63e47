import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../../main/core/clean/decode-html.ts';

const ascii = (text: string): number[] => Array.from(Buffer.from(text, 'latin1'));

describe('decodeHtml', () => {
  it('follows a UTF-8 BOM and strips it', () => {
    const decoded = decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('<p>café</p>')]));
    expect(decoded).toEqual({ html: '<p>café</p>', charset: 'utf-8' });
  });

  it('decodes UTF-16LE and UTF-16BE by their BOM', () => {
    expect(decodeHtml(new Uint8Array([0xff, 0xfe, ...Buffer.from('<p>é</p>', 'utf16le')]))).toEqual({
      html: '<p>é</p>',
      charset: 'utf-16le',
    });
    const be = Buffer.from('<p>é</p>', 'utf16le').swap16();
    expect(decodeHtml(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({
      html: '<p>é</p>',
      charset: 'utf-16be',
    });
  });

  it('uses <meta charset> when there is no BOM', () => {
    const bytes = new Uint8Array([
      ...ascii('<meta charset="windows-1252"><p>'),
      0x93,
      0x63,
      0x61,
      0x66,
      0xe9,
      0x94,
    ]);
    expect(decodeHtml(bytes)).toEqual({
      html: '<meta charset="windows-1252"><p>“café”',
      charset: 'windows-1252',
    });
  });

  it('reads the charset from an http-equiv Content-Type', () => {
    const bytes = new Uint8Array([
      ...ascii('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"><p>'),
      0xa4,
    ]);
    expect(decodeHtml(bytes)).toEqual({
      html: expect.stringMatching(/€$/) as string,
      charset: 'iso-8859-15',
    });
  });

  it('ignores an unknown declared charset and falls back to valid UTF-8', () => {
    expect(decodeHtml(Buffer.from('<meta charset="klingon"><p>naïve</p>'))).toEqual({
      html: '<meta charset="klingon"><p>naïve</p>',
      charset: 'utf-8',
    });
  });

  it('falls back to windows-1252 when undeclared bytes are not valid UTF-8', () => {
    const bytes = new Uint8Array([...ascii('<p>'), 0x92, 0x20, 0xe9]);
    expect(decodeHtml(bytes)).toEqual({ html: '<p>’ é', charset: 'windows-1252' });
  });
});
