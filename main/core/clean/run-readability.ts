import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement } from './dom-types.ts';

/** What Readability found: its metadata guesses and the article element (not serialized, so later passes can work on it). */
export interface ReadabilityArticle {
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly publishedTime: string | null;
  readonly lang: string | null;
  readonly excerpt: string | null;
  readonly content: DomElement;
}

/** Runs Readability on the document (which it mutates) and returns the article element, or null when it finds none. */
export function runReadability(document: DomDocument): ReadabilityArticle | null {
  // Readability's typings name the DOM lib's Document, absent from main/; linkedom's document is what it runs on.
  const reader = new Readability<DomElement>(
    document as unknown as ConstructorParameters<typeof Readability>[0],
    {
      // Keep the element rather than its innerHTML: junk passes and the sanitizer work on the tree.
      serializer: (node: unknown) => node as DomElement,
      // The post-Readability junk passes read class vocabulary; the sanitizer drops classes anyway.
      keepClasses: true,
    },
  );
  const article = reader.parse();
  if (article?.content == null) return null;
  return {
    title: nonEmpty(article.title),
    byline: nonEmpty(article.byline),
    siteName: nonEmpty(article.siteName),
    publishedTime: nonEmpty(article.publishedTime),
    lang: nonEmpty(article.lang),
    excerpt: nonEmpty(article.excerpt),
    content: article.content,
  };
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
