import type { DomDocument } from './dom-types.ts';

/** The article facts a page declares in schema.org JSON-LD. */
export interface JsonLdArticle {
  readonly headline: string | null;
  readonly authors: readonly string[];
  readonly publisher: string | null;
  readonly datePublished: string | null;
  readonly inLanguage: string | null;
}

const articleTypes =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle)$/;

/** Reads the first schema.org article object from the page's JSON-LD blocks (ignoring blocks that are not valid JSON). */
export function readJsonLd(document: DomDocument): JsonLdArticle | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const parsed = parseJson(script.textContent ?? '');
    const article = findArticle(parsed);
    if (article !== null) return toArticle(article);
  }
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Broken JSON-LD is common on real pages and only costs us optional metadata.
    return null;
  }
}

function findArticle(value: unknown): Record<string, unknown> | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item);
      if (found !== null) return found;
    }
    return null;
  }
  if (!isRecord(value)) return null;
  const types = [value['@type']].flat().filter((type) => typeof type === 'string');
  if (types.some((type) => articleTypes.test(type))) return value;
  return findArticle(value['@graph']);
}

function toArticle(value: Record<string, unknown>): JsonLdArticle {
  return {
    headline: stringOrNull(value['headline']),
    authors: [value['author']]
      .flat()
      .map(nameOf)
      .filter((name) => name !== null),
    publisher: nameOf(value['publisher']),
    datePublished: stringOrNull(value['datePublished']),
    inLanguage: stringOrNull(value['inLanguage']),
  };
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return stringOrNull(value);
  return isRecord(value) ? stringOrNull(value['name']) : null;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
