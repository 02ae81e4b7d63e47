import { parseHTML } from 'linkedom';
import type { DomDocument } from './dom-types.ts';
import { fail, ok, type Result } from '../../shared/result.ts';

/** Builds a linkedom document from decoded HTML; a fragment without <html> is wrapped so the document has a body. */
export function parseDocument(html: string, fileName: string): Result<DomDocument> {
  try {
    const document = parseLinkedom(html);
    // linkedom leaves documentElement null for bare fragments ("<p>…</p>"), and then throws on .body.
    if (document.documentElement !== null && document.body !== null) return ok(document);
    const wrapped = parseLinkedom(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
    if (wrapped.documentElement !== null && wrapped.body !== null) return ok(wrapped);
    return fail('unreadable', `${fileName} could not be parsed into a document`);
  } catch (error) {
    return fail('unreadable', `${fileName} could not be parsed: ${String(error)}`);
  }
}

/** A fresh empty document, to build sanitized output in. */
export function createEmptyDocument(): DomDocument {
  return parseLinkedom('<!DOCTYPE html><html><head></head><body></body></html>');
}

function parseLinkedom(html: string): DomDocument {
  // linkedom's typings return the DOM lib's Window, which main/ does not load (no DOM lib in core).
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  return document;
}
