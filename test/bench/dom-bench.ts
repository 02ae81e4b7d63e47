// Compares linkedom and jsdom as the DOM under Readability (and DOMPurify) on the golden fixtures.
// Run: npm run bench:dom   (node test/bench/dom-bench.ts). Figures go to docs/benchmarks-dom.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { cleanPage } from '../../main/core/clean/clean-page.ts';
import { decodeHtml } from '../../main/core/clean/decode-html.ts';
import type { DomElement } from '../../main/core/clean/dom-types.ts';
import { sanitizeArticle } from '../../main/core/clean/sanitize-article.ts';
import { articlesDir, goldenSlugs } from '../unit/core/clean/golden-files.ts';

const rounds = Number(process.env['BENCH_ROUNDS'] ?? 10);
const pages = goldenSlugs().map((slug) => {
  const bytes = readFileSync(join(articlesDir, slug, 'source.html'));
  return { slug, bytes, html: decodeHtml(bytes).html };
});

function readWith(
  parse: (html: string) => Document,
  html: string,
): { text: string; content: string } | Error {
  try {
    const article = new Readability(parse(html)).parse();
    return { text: article?.textContent ?? '', content: article?.content ?? '' };
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

const linkedom = (html: string): Document => parseHTML(html).document;
const jsdom = (html: string): Document => new JSDOM(html).window.document;

/** Runs fn over every page `rounds` times and returns pages per second. */
function pagesPerSecond(fn: (html: string, bytes: Uint8Array) => unknown): number {
  for (const page of pages) fn(page.html, page.bytes); // warm-up
  const start = performance.now();
  for (let round = 0; round < rounds; round += 1) for (const page of pages) fn(page.html, page.bytes);
  return (rounds * pages.length) / ((performance.now() - start) / 1000);
}

console.log(`DOM benchmark: ${pages.length} golden pages × ${rounds} rounds, Node ${process.version}\n`);
console.log('slug'.padEnd(22), 'linkedom', 'jsdom', 'identical text', 'identical (whitespace-collapsed)');
for (const page of pages) {
  const a = readWith(linkedom, page.html);
  const b = readWith(jsdom, page.html);
  const show = (r: typeof a): string => (r instanceof Error ? `throws: ${r.message.slice(0, 40)}` : 'ok');
  const same = !(a instanceof Error) && !(b instanceof Error) && a.text === b.text;
  const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const similar = !(a instanceof Error) && !(b instanceof Error) && collapse(a.text) === collapse(b.text);
  console.log(page.slug.padEnd(22), show(a).padEnd(8), show(b).padEnd(5), String(same).padEnd(14), similar);
}

const safe = (fn: (html: string) => unknown) => (html: string) => {
  try {
    fn(html);
  } catch {
    // A page jsdom cannot handle still counts as processed; the table above reports it.
  }
};
const linkedomRate = pagesPerSecond(safe((html) => new Readability(linkedom(html)).parse()));
const jsdomRate = pagesPerSecond(safe((html) => new Readability(jsdom(html)).parse()));
console.log(
  `\nparse + Readability   linkedom ${linkedomRate.toFixed(0)} pages/s   jsdom ${jsdomRate.toFixed(0)} pages/s   (×${(linkedomRate / jsdomRate).toFixed(1)})`,
);

// Sanitizing Readability's output: our allowlist on linkedom vs DOMPurify on a jsdom window
// (DOMPurify cannot run on linkedom: see main/core/clean/sanitize-article.ts).
const articles = pages.map((page) => new Readability(linkedom(page.html)).parse()?.content ?? '');
const purify = createDOMPurify(new JSDOM('').window);
const sanitizeRate = (fn: (html: string) => unknown): number => {
  const start = performance.now();
  for (let round = 0; round < rounds; round += 1) for (const html of articles) fn(html);
  return (rounds * articles.length) / ((performance.now() - start) / 1000);
};
const allowlistRate = sanitizeRate(
  (html) => sanitizeArticle(linkedom(`<body>${html}</body>`).body as unknown as DomElement).innerHTML,
);
const purifyRate = sanitizeRate((html) => purify.sanitize(html));
console.log(
  `sanitize article      allowlist/linkedom ${allowlistRate.toFixed(0)} pages/s   DOMPurify/jsdom ${purifyRate.toFixed(0)} pages/s`,
);

const cleanRate = pagesPerSecond((_html, bytes) => cleanPage({ bytes, fileName: 'bench.html' }));
console.log(`full cleanPage        ${cleanRate.toFixed(0)} pages/s`);
