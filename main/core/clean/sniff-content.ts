import { charsetFromBom } from './decode-html.ts';
import { fail, ok, type Result } from '../../shared/result.ts';

/** File signatures of formats people drop by mistake (images, PDFs, archives). */
const magicNumbers: readonly { readonly name: string; readonly bytes: readonly number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
];

/** How many leading bytes are checked for NUL, which text never contains. */
const binaryScanBytes = 8192;

/** Checks raw bytes before decoding: empty or whitespace-only → 'empty'; a known binary signature or NUL bytes → 'not-html'. */
export function sniffBytes(bytes: Uint8Array, fileName: string): Result<true> {
  const bom = charsetFromBom(bytes);
  const isUtf16 = bom?.startsWith('utf-16') ?? false;
  if (isBlank(bytes, bom === null ? 0 : bom === 'utf-8' ? 3 : 2, isUtf16)) {
    return fail('empty', `${fileName} is empty`);
  }
  for (const magic of magicNumbers) {
    if (magic.bytes.every((byte, index) => bytes[index] === byte)) {
      return fail('not-html', `${fileName} is a ${magic.name}, not HTML`);
    }
  }
  // UTF-16 text is full of NUL bytes by design; it is recognised by its BOM.
  if (!isUtf16 && bytes.subarray(0, binaryScanBytes).includes(0)) {
    return fail('not-html', `${fileName} contains binary data (NUL bytes), not HTML`);
  }
  return ok(true);
}

/** Whether decoded text contains any HTML markup at all (plain prose saved as .html is not a page). */
export function hasHtmlMarkup(text: string): boolean {
  return /<(?:!doctype\s+html|html|head|body|title|meta|p|div|span|a|br|h[1-6]|article|main|section|table|ul|ol|li|img|script)[\s/>]/i.test(
    text,
  );
}

function isBlank(bytes: Uint8Array, start: number, isUtf16: boolean): boolean {
  for (let index = start; index < bytes.length; index += 1) {
    const byte = bytes[index];
    const isSpace = byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d;
    if (!isSpace && !(isUtf16 && byte === 0)) return false;
  }
  return true;
}
