/** The raster image types the reader shows from the library. SVG is absent on purpose: it can carry script. */
export type StoredImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/avif';

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/**
 * The image type the bytes really are (magic numbers, never the file name or a declared type),
 * or null for anything else: SVG, HTML, a text file named .jpg.
 */
export function sniffImageType(bytes: Uint8Array): StoredImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  const head = ascii(bytes, 0, 6);
  if (head === 'GIF87a' || head === 'GIF89a') return 'image/gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  // ISO-BMFF: a box of type "ftyp" whose major brand is AVIF (still image or sequence).
  const brand = ascii(bytes, 8, 12);
  if (ascii(bytes, 4, 8) === 'ftyp' && (brand === 'avif' || brand === 'avis')) return 'image/avif';
  return null;
}
