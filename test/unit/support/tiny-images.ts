// Image bytes for tests: a real 1×1 PNG, and files that only pretend to be images.

/** A valid 1×1 PNG (decodes in a browser: naturalWidth 1). */
export const tinyPngBase64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

/** The PNG's bytes. */
export function tinyPng(): Uint8Array {
  return Buffer.from(tinyPngBase64, 'base64');
}

/** Bytes that start like a JPEG (SOI + APP0 "JFIF"); enough for sniffing, not for decoding. */
export function jpegLike(extra = 'photo'): Uint8Array {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from(`JFIF\0${extra}`)]);
}

/** An SVG that runs script when opened as a document. */
export const scriptedSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="9" height="9"/></svg>';
