// Charset detection follows the order of the HTML spec's "encoding sniffing
// algorithm", simplified: BOM, then a <meta> prescan, then UTF-8 if the bytes
// are valid UTF-8, else a statistical guess (guess-charset.ts) in place of the spec's
// locale-based fallback. A declaration that decodes to garbage is overridden by the guess.
// https://html.spec.whatwg.org/multipage/parsing.html#encoding-sniffing-algorithm

import { guessCharset, scoreText } from './guess-charset.ts';

/** How far the <meta charset> prescan looks, as browsers do (the spec says 1024; saved pages often put it later). */
const prescanBytes = 4096;

/** A page decoded to text, with the (WHATWG canonical) charset name used. */
export interface DecodedHtml {
  readonly html: string;
  readonly charset: string;
}

/** Decodes saved page bytes to text: BOM, <meta> charset (unless it yields garbage), valid UTF-8, else a guess. */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  return decodeText(bytes, declaredCharset(bytes));
}

/** Decodes text bytes: BOM, then `declared` (unless it yields garbage), valid UTF-8, else a statistical guess. */
export function decodeText(bytes: Uint8Array, declared: string | null): DecodedHtml {
  const fromBom = charsetFromBom(bytes);
  if (fromBom !== null) return decodeWith(fromBom, bytes);
  if (declared !== null) {
    // Fast path: a UTF-8 declaration over valid UTF-8 cannot be misdeclared.
    if (declared === 'utf-8') {
      const valid = decodeUtf8Strict(bytes);
      if (valid !== null) return valid;
    }
    const decoded = decodeWith(declared, bytes);
    // Pure ASCII reads the same in every ASCII-compatible charset: nothing to second-guess.
    return isAscii(bytes) ? decoded : (looksMisdeclared(decoded, bytes) ?? decoded);
  }
  // Invalid UTF-8 without a declaration: guess among the charsets saved pages use.
  return decodeUtf8Strict(bytes) ?? decodeWith(guessCharset(bytes), bytes);
}

function decodeUtf8Strict(bytes: Uint8Array): DecodedHtml | null {
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    // TypeError: not valid UTF-8.
    return null;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return false;
  return true;
}

/** The guessed decoding when the declared one is full of U+FFFD or mojibake and the guess is clearly cleaner. */
function looksMisdeclared(decoded: DecodedHtml, bytes: Uint8Array): DecodedHtml | null {
  const quality = scoreText(decoded.html, decoded.charset);
  if (quality.garbage < Math.max(3, 0.05 * quality.nonAscii)) return null;
  const guessed = decodeWith(guessCharset(bytes), bytes);
  const guessedQuality = scoreText(guessed.html, guessed.charset);
  return guessedQuality.garbage * 2 < quality.garbage && guessedQuality.score > quality.score
    ? guessed
    : null;
}

/** The charset a byte order mark announces, or null. */
export function charsetFromBom(bytes: Uint8Array): string | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

function decodeWith(label: string, bytes: Uint8Array): DecodedHtml {
  // TextDecoder strips the BOM of the encoding it decodes with.
  const decoder = new TextDecoder(label);
  return { html: decoder.decode(bytes), charset: decoder.encoding };
}

/** The charset a <meta charset> or http-equiv Content-Type declares in the first bytes, when TextDecoder knows it. */
function declaredCharset(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one code unit, so ASCII markup reads the same in any ASCII-compatible charset.
  const head = Buffer.from(bytes.subarray(0, prescanBytes)).toString('latin1');
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const label = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta[0])?.[1];
    if (label === undefined) continue;
    const charset = supportedCharset(label);
    // The spec treats a declared UTF-16 as UTF-8: the prescan could not have read it otherwise.
    if (charset !== null) return charset.startsWith('utf-16') ? 'utf-8' : charset;
  }
  return null;
}

function supportedCharset(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    // RangeError: a label the Encoding Standard does not know; keep looking for another declaration.
    return null;
  }
}
