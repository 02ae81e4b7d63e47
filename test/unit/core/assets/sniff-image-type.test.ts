import { describe, expect, it } from 'vitest';
import { sniffImageType } from '../../../../main/core/assets/sniff-image-type.ts';
import { jpegLike, scriptedSvg, tinyPng } from '../../support/tiny-images.ts';

describe('sniffing stored image types', () => {
  it('recognises PNG, JPEG, GIF, WebP and AVIF by their magic numbers', () => {
    expect(sniffImageType(tinyPng())).toBe('image/png');
    expect(sniffImageType(jpegLike())).toBe('image/jpeg');
    expect(sniffImageType(Buffer.from('GIF89a\x01\x00', 'latin1'))).toBe('image/gif');
    expect(sniffImageType(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(sniffImageType(Buffer.from('\x00\x00\x00\x1cftypavif\x00\x00', 'latin1'))).toBe('image/avif');
  });

  it('refuses SVG, HTML and empty files whatever they are called', () => {
    expect(sniffImageType(Buffer.from(scriptedSvg))).toBeNull();
    expect(sniffImageType(Buffer.from('<!doctype html><script>alert(1)</script>'))).toBeNull();
    expect(sniffImageType(new Uint8Array(0))).toBeNull();
  });
});
