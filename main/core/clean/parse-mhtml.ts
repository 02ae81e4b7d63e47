// MHTML (Chrome/Edge "Save as: Webpage, Single File") is a MIME multipart/related message:
// the page is the first text/html part; images, styles and frames follow as further parts.
// The page is cleaned; image parts are read separately (mhtmlImageParts) and stored as assets at import.
import { decodeHtml, decodeText } from './decode-html.ts';
import { normalizeDate } from './normalize-date.ts';
import { httpUrlOrNull } from './read-save-comments.ts';
import { fail, ok, type Result } from '../../shared/result.ts';

/** The page inside an MHTML file, with what the MIME headers say about it. */
export interface MhtmlPage {
  readonly html: string;
  readonly charset: string;
  /** Content-Location of the page part, else Snapshot-Content-Location. */
  readonly url: string | null;
  /** The message's Date: header (when it was saved), ISO 8601. */
  readonly capturedAt: string | null;
}

/** One MIME part: lower-cased header names (folded lines joined) and the raw body as latin1. */
interface MimePart {
  readonly headers: ReadonlyMap<string, string>;
  readonly body: string;
}

/** Whether the bytes start like an MHTML message: MIME headers announcing multipart/related. */
export function looksLikeMhtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const headerBlock = head.split(/\r?\n\r?\n/, 1)[0] ?? '';
  return /^[\w-]+:/.test(headerBlock) && /^content-type:\s*multipart\/related\b/im.test(headerBlock);
}

/** Extracts the first text/html part of an MHTML file, decoded with its charset. Fails 'not-html' without one. */
export function parseMhtml(bytes: Uint8Array): Result<MhtmlPage> {
  // latin1 keeps one code unit per byte, so part bodies can be turned back into exact bytes.
  const message = splitPart(Buffer.from(bytes).toString('latin1'));
  const contentType = message.headers.get('content-type') ?? '';
  const boundary = headerParameter(contentType, 'boundary');
  if (boundary === null) return fail('not-html', 'MHTML message has no multipart boundary');
  const parts = message.body.split(`--${boundary}`).slice(1).map(splitPart);
  const page = parts.find((part) => /^text\/html\b/i.test(part.headers.get('content-type') ?? ''));
  if (page === undefined) return fail('not-html', 'MHTML message has no text/html part');
  const body = decodeBody(page.body, page.headers.get('content-transfer-encoding') ?? '');
  const label = headerParameter(page.headers.get('content-type') ?? '', 'charset');
  const charset = label === null ? null : knownCharset(label);
  // Without a usable charset= parameter the page's own <meta charset> decides, as for .html files.
  const decoded = charset === null ? decodeHtml(body) : decodeText(body, charset);
  return ok({
    html: decoded.html,
    charset: decoded.charset,
    url:
      httpUrlOrNull(page.headers.get('content-location')) ??
      httpUrlOrNull(message.headers.get('snapshot-content-location')),
    capturedAt: normalizeDate(message.headers.get('date')),
  });
}

/** Decodes quoted-printable text (with `=\r\n` soft line breaks) to bytes. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes = joined.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
  return Buffer.from(bytes, 'latin1');
}

function decodeBody(body: string, encoding: string): Uint8Array {
  const kind = encoding.trim().toLowerCase();
  if (kind === 'quoted-printable') return decodeQuotedPrintable(body);
  if (kind === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  return Buffer.from(body, 'latin1');
}

function splitPart(text: string): MimePart {
  const start = text.replace(/^\r?\n/, '');
  const match = /\r?\n\r?\n/.exec(start);
  const headerText = match === null ? start : start.slice(0, match.index);
  const body = match === null ? '' : start.slice(match.index + match[0].length);
  const headers = new Map<string, string>();
  // Folded header lines start with whitespace and continue the previous header.
  for (const line of headerText.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  // The CRLF before the next boundary belongs to the boundary, not the body.
  return { headers, body: body.replace(/\r?\n$/, '') };
}

function headerParameter(value: string, name: string): string | null {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return match === null ? null : (match[1] ?? match[2] ?? null);
}

function knownCharset(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    // RangeError: a label the Encoding Standard does not know; fall back to sniffing.
    return null;
  }
}

/** One non-page part of an MHTML file: where the page loaded it from and its decoded bytes. */
export interface MhtmlResource {
  readonly location: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** The image parts of an MHTML file (by Content-Location), decoded; the library stores them as assets. */
export function mhtmlImageParts(bytes: Uint8Array): readonly MhtmlResource[] {
  const message = splitPart(Buffer.from(bytes).toString('latin1'));
  const boundary = headerParameter(message.headers.get('content-type') ?? '', 'boundary');
  if (boundary === null) return [];
  return message.body
    .split(`--${boundary}`)
    .slice(1)
    .map(splitPart)
    .flatMap((part) => {
      const contentType = part.headers.get('content-type') ?? '';
      const location = part.headers.get('content-location');
      if (!/^image\//i.test(contentType) || location === undefined || location === '') return [];
      const body = decodeBody(part.body, part.headers.get('content-transfer-encoding') ?? '');
      return [{ location, contentType, bytes: body }];
    });
}
