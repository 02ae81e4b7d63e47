// Saved pages arrive with misleading names (HTML saved as .txt, images renamed .html), so
// the format is read from the bytes; the file name is only used in messages.
import { charsetFromBom, decodeHtml } from './decode-html.ts';
import { looksLikeMhtml } from './parse-mhtml.ts';
import { hasHtmlMarkup, sniffBytes } from './sniff-content.ts';
import { fail, ok, type Result } from '../../shared/result.ts';

/** The formats cleanPage reads. */
export type SourceFormat = 'html' | 'mhtml' | 'text';

/** Share of control characters above which decoded "text" is binary data. */
const maxControlShare = 0.01;

/** Detects the format from the bytes: empty → 'empty'; binary → 'not-html'; else html, mhtml or text. */
export function detectFormat(bytes: Uint8Array, fileName: string): Result<SourceFormat> {
  const sniffed = sniffBytes(bytes, fileName);
  if (!sniffed.ok) return sniffed;
  if (looksLikeMhtml(bytes)) return ok('mhtml');
  const head = bytes.subarray(0, 65536);
  // Markup is ASCII, and latin1 maps each byte to one code unit, so for every
  // ASCII-compatible charset this finds the tags without decoding; only UTF-16
  // (which has a BOM) needs the real decoder.
  const isUtf16 = charsetFromBom(head)?.startsWith('utf-16') === true;
  if (hasHtmlMarkup(isUtf16 ? decodeHtml(head).html : Buffer.from(head).toString('latin1')))
    return ok('html');
  const text = decodeHtml(head).html;
  if (!isPrintable(text)) return fail('not-html', `${fileName} is neither HTML nor readable text`);
  return ok('text');
}

/** Whether decoded text is mostly printable: few control characters and few U+FFFD. */
export function isPrintable(text: string): boolean {
  let bad = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const isControl =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
    if (isControl || code === 0xfffd) bad += 1;
  }
  return bad <= text.length * maxControlShare;
}
