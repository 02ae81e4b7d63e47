// The decode/dispatch stage of cleanPage: whatever the format, the rest of the pipeline
// receives one HTML string plus what the container (MHTML headers) said about the page.
import { decodeHtml, decodeText } from './decode-html.ts';
import { detectFormat, type SourceFormat } from './detect-format.ts';
import type { DeclaredMetadata } from './extract-metadata.ts';
import { parseMhtml } from './parse-mhtml.ts';
import { hasHtmlMarkup } from './sniff-content.ts';
import { textDumpToHtml } from './text-dump.ts';
import type { CleanInput } from './cleaned-page.ts';
import type { RemovalOptions, RemovedBlock } from './junk-rule.ts';
import { fail, ok, type Result } from '../../shared/result.ts';

/** A saved file as HTML text, with the charset used and container-level metadata. */
export interface SourcePage {
  readonly format: SourceFormat;
  readonly html: string;
  readonly charset: string;
  /** The page URL from the container (MHTML Content-Location), used when the page declares none. */
  readonly url: string | null;
  /** When the file was saved according to the container (MHTML Date:), ISO 8601. */
  readonly capturedAt: string | null;
  /** Lines a text dump's line rules dropped (empty for HTML and MHTML, which the junk passes clean). */
  readonly removed: readonly RemovedBlock[];
}

/** Detects the format and turns the bytes into HTML (honouring `options` for text-dump lines). Expected failures: empty, not-html, unreadable. */
export function readSource(input: CleanInput, options: RemovalOptions = {}): Result<SourcePage> {
  const format = detectFormat(input.bytes, input.fileName);
  if (!format.ok) return format;
  let page: Result<SourcePage>;
  try {
    page = convert(format.value, input.bytes, options);
  } catch (error) {
    return fail('unreadable', `${input.fileName} could not be decoded: ${String(error)}`);
  }
  if (!page.ok) return fail(page.error.code, `${input.fileName}: ${page.error.message}`);
  if (page.value.html.trim() === '') return fail('empty', `${input.fileName} is empty`);
  if (!hasHtmlMarkup(page.value.html)) return fail('not-html', `${input.fileName} has no HTML markup`);
  return page;
}

/** The page's own metadata, completed with the container's URL and capture date where the page has none. */
export function withSourceMetadata(declared: DeclaredMetadata, source: SourcePage): DeclaredMetadata {
  return {
    ...declared,
    url: declared.url ?? source.url,
    capturedAt: declared.capturedAt ?? source.capturedAt,
  };
}

function convert(format: SourceFormat, bytes: Uint8Array, options: RemovalOptions): Result<SourcePage> {
  const none = { url: null, capturedAt: null, removed: [] };
  switch (format) {
    case 'html':
      return ok({ format, ...decodeHtml(bytes), ...none });
    case 'mhtml': {
      const page = parseMhtml(bytes);
      return page.ok ? ok({ format, ...page.value, removed: [] }) : page;
    }
    case 'text': {
      const decoded = decodeText(bytes, null);
      const dump = textDumpToHtml(decoded.html, options);
      return ok({ format, html: dump.html, charset: decoded.charset, ...none, removed: dump.removed });
    }
  }
}
