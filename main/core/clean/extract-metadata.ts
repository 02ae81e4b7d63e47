import type { DomDocument, DomElement } from './dom-types.ts';
import { normalizeDate } from './normalize-date.ts';
import { readJsonLd } from './read-json-ld.ts';
import { httpUrlOrNull, readSaveComments } from './read-save-comments.ts';

/** What the page itself declares about the article, read before Readability mutates the document. */
export interface DeclaredMetadata {
  readonly documentTitle: string | null;
  readonly ogTitle: string | null;
  readonly h1: string | null;
  readonly headline: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly publishedTime: string | null;
  readonly url: string | null;
  readonly lang: string | null;
  readonly excerpt: string | null;
  readonly capturedAt: string | null;
}

/** Reads title candidates, byline, site, dates, language and canonical URL from meta tags, JSON-LD and save comments. */
export function extractMetadata(document: DomDocument, html: string): DeclaredMetadata {
  // One walk for every <meta> rather than one selector query over the whole page per key.
  const metas = Array.from(document.querySelectorAll('meta'), readMetaTag);
  const meta = (key: string): string | null => readMeta(metas, key);
  const jsonLd = readJsonLd(document);
  const comments = readSaveComments(html);
  const h1 = collapse(document.querySelector('h1')?.textContent);
  return {
    documentTitle: collapse(document.title),
    ogTitle: meta('og:title') ?? meta('twitter:title'),
    h1,
    headline: jsonLd?.headline ?? null,
    byline: authorName(meta('author')) ?? (jsonLd?.authors.length ? jsonLd.authors.join(', ') : null),
    siteName: meta('og:site_name') ?? jsonLd?.publisher ?? meta('application-name'),
    publishedTime: normalizeDate(
      meta('article:published_time') ??
        meta('datePublished') ??
        meta('date') ??
        jsonLd?.datePublished ??
        document
          .querySelector('article time[datetime], main time[datetime], time[datetime]')
          ?.getAttribute('datetime'),
    ),
    url:
      httpUrlOrNull(document.querySelector('link[rel~="canonical"]')?.getAttribute('href')) ??
      httpUrlOrNull(meta('og:url')) ??
      httpUrlOrNull(comments.savedFromUrl) ??
      httpUrlOrNull(comments.singleFileUrl),
    lang: readLang(document, meta('og:locale') ?? jsonLd?.inLanguage ?? null),
    excerpt: meta('description') ?? meta('og:description') ?? meta('twitter:description'),
    capturedAt: normalizeDate(comments.singleFileDate),
  };
}

/** Collapses whitespace; empty becomes null. */
export function collapse(text: string | null | undefined): string | null {
  const collapsed = (text ?? '').replace(/\s+/g, ' ').trim();
  return collapsed === '' ? null : collapsed;
}

interface MetaTag {
  readonly keys: readonly (string | null)[];
  readonly content: string | null;
}

function readMetaTag(element: DomElement): MetaTag {
  // Sites use name=, property= and itemprop= interchangeably for the same keys.
  const keys = [
    element.getAttribute('property'),
    element.getAttribute('name'),
    element.getAttribute('itemprop'),
  ];
  return { keys, content: element.getAttribute('content') };
}

function readMeta(metas: readonly MetaTag[], key: string): string | null {
  // Document order, first non-empty content: what meta[property="key"], meta[name="key"], … returned.
  for (const tag of metas) {
    if (!tag.keys.includes(key)) continue;
    const content = collapse(tag.content);
    if (content !== null) return content;
  }
  return null;
}

function authorName(value: string | null): string | null {
  // Some CMSs put the author's profile URL in meta author; that is not a byline.
  return value === null || /^https?:\/\//i.test(value) ? null : value;
}

function readLang(document: DomDocument, declared: string | null): string | null {
  const htmlLang = collapse(document.documentElement?.getAttribute('lang'));
  // og:locale uses underscores (en_GB), and so do some pages' <html lang> (pt_BR); BCP 47 uses hyphens.
  const lang = htmlLang ?? declared;
  return lang === null ? null : lang.replace(/_/g, '-');
}
