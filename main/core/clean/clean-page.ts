import { carryDirection } from './carry-direction.ts';
import { checkDomLimits, checkHtmlNesting } from './check-dom-limits.ts';
import { chooseTitle } from './choose-title.ts';
import { CLEANER_VERSION, type CleanInput, type CleanedPage } from './cleaned-page.ts';
import { extractMetadata, type DeclaredMetadata } from './extract-metadata.ts';
import { countTextWords, extractText, linkDensity } from './extract-text.ts';
import { removalContext, runJunkRules, type RemovalOptions } from './junk-rule.ts';
import { articleJunkRules, junkRules } from './junk-rules.ts';
import { normalizeDate } from './normalize-date.ts';
import { parseDocument } from './parse-document.ts';
import { readSource, withSourceMetadata } from './read-source.ts';
import { runReadability, type ReadabilityArticle } from './run-readability.ts';
import { sanitizeArticle } from './sanitize-article.ts';
import { ok, type Result } from '../../shared/result.ts';

/** Below this many words Readability has found a fragment (a login box, a teaser), not an article. */
const minArticleWords = 25;
/** Above this share of link text, the "article" is a list of links (a site index). */
const maxLinkDensity = 0.5;

/** Cleans one saved page: sniff, decode, metadata, junk passes, Readability, sanitize, text. Expected failures: empty, not-html, unreadable, too-complex. */
export function cleanPage(input: CleanInput, options: RemovalOptions = {}): Result<CleanedPage> {
  // Format from the bytes (HTML, MHTML, text dump) → one HTML string; see read-source.ts.
  const source = readSource(input, options);
  if (!source.ok) return source;
  const decoded = source.value;
  const nesting = checkHtmlNesting(decoded.html, input.fileName);
  if (!nesting.ok) return nesting;
  const parsed = parseDocument(decoded.html, input.fileName);
  if (!parsed.ok) return parsed;
  const document = parsed.value;
  // Before any recursive or quadratic pass: a page too big or too deep fails clearly, not by exhaustion.
  const size = checkDomLimits(document, input.fileName);
  if (!size.ok) return size;
  const declared = withSourceMetadata(extractMetadata(document, decoded.html), decoded);
  const headline = declared.ogTitle ?? declared.headline ?? declared.h1;
  // document.body is non-null: parseDocument guarantees it.
  // One context for both passes: block ids keep counting, and blocks kept in the first pass stay kept.
  const removal = removalContext(options);
  const removedBefore =
    document.body === null ? [] : runJunkRules(document.body, junkRules(headline), removal);
  const article = runReadability(document);
  // Readability keeps furniture that sits inside the article's container; a second pass catches it.
  const byline = declared.byline ?? article?.byline ?? null;
  const removedAfter =
    article === null ? [] : runJunkRules(article.content, articleJunkRules(headline, byline), removal);
  const clean = article === null ? null : sanitizeArticle(article.content);
  if (clean !== null) carryDirection(document, clean);
  const text = clean === null ? '' : extractText(clean);
  const wordCount = countTextWords(text);
  // A front page or link list is mostly link text: Readability returns it, but it is not an article.
  const isArticle = clean !== null && wordCount >= minArticleWords && linkDensity(clean) < maxLinkDensity;
  return ok({
    ...describePage(declared, article, input.fileName),
    status: isArticle ? 'ok' : 'no-article',
    wordCount: isArticle ? wordCount : 0,
    // The allowlist rebuild is the store-time sanitizer; DOMPurify runs at the sink, in the renderer
    // (renderer/components/purify-article.ts), on the browser's own DOM. Newlines are normalized as an
    // HTML parser does (CR LF and lone CR → LF), which kept the stored HTML what the jsdom pass produced.
    html: isArticle ? clean.innerHTML.replace(/\r\n?/g, '\n') : '',
    text: isArticle ? text : '',
    charset: decoded.charset,
    removed: [...decoded.removed, ...removedBefore, ...removedAfter],
    cleanerVersion: CLEANER_VERSION,
  });
}

function describePage(declared: DeclaredMetadata, article: ReadabilityArticle | null, fileName: string) {
  return {
    title: chooseTitle(declared, article?.title ?? null, fileName),
    byline: declared.byline ?? stripBy(article?.byline ?? null),
    siteName: declared.siteName ?? article?.siteName ?? null,
    publishedTime: declared.publishedTime ?? normalizeDate(article?.publishedTime),
    url: declared.url,
    lang: declared.lang ?? article?.lang ?? null,
    excerpt: declared.excerpt ?? article?.excerpt ?? null,
    capturedAt: declared.capturedAt,
  };
}

function stripBy(byline: string | null): string | null {
  // Readability returns the byline element's text, which usually starts with "By".
  return byline === null ? null : byline.replace(/^by\s+/i, '');
}
