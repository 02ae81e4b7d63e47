// PLACEHOLDER minimal implementation so other layers can be built; the clean
// helper replaces this file with the real pipeline (sniff, decode, metadata,
// Readability, junk passes, DOMPurify).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { fail, ok, type Result } from '../../shared/result.ts';
import { CLEANER_VERSION, type CleanInput, type CleanedPage } from './cleaned-page.ts';

/** Cleans one saved page into an article, or a coded failure (empty, not-html). */
export function cleanPage(input: CleanInput): Result<CleanedPage> {
  if (input.bytes.length === 0) return fail('empty', `${input.fileName} is empty`);
  const html = new TextDecoder('utf-8').decode(input.bytes);
  if (!/<(html|body|p|div|head)\b/i.test(html)) return fail('not-html', `${input.fileName} is not HTML`);
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const text = (article?.textContent ?? '').trim();
  return ok({
    status: article === null ? 'no-article' : 'ok',
    title: article?.title ?? input.fileName,
    byline: article?.byline ?? null,
    siteName: article?.siteName ?? null,
    publishedTime: article?.publishedTime ?? null,
    url: null,
    lang: article?.lang ?? null,
    excerpt: article?.excerpt ?? null,
    wordCount: text === '' ? 0 : text.split(/\s+/).length,
    html: article?.content ?? '',
    text,
    capturedAt: null,
    charset: 'utf-8',
    cleanerVersion: CLEANER_VERSION,
  });
}
