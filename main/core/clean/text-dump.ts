// Plain-text and Markdown dumps become a small HTML article, so they go through the same
// metadata, Readability and sanitizer passes as saved pages.
import { junkLineRule, readDateLine } from './text-dump-rules.ts';

/** An HTML rendering of a text dump, plus the furniture lines that were dropped. */
export interface TextDumpArticle {
  readonly html: string;
  readonly title: string | null;
  readonly publishedTime: string | null;
  readonly removed: readonly { readonly rule: string; readonly line: string }[];
}

const heading = /^(#{1,6})\s+(.+?)\s*#*$/;
const listItem = /^(?:[-*+]|\d{1,3}[.)])\s+(.+)$/;

/** Turns a text/Markdown dump into HTML: blank-line paragraphs, `#` headings, `-`/`*` lists; junk lines dropped. */
export function textDumpToHtml(text: string): TextDumpArticle {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim());
  const title = findTitle(lines);
  const removed: { rule: string; line: string }[] = [];
  let publishedTime: string | null = null;
  let seenContent = false;
  const kept: string[] = [];
  for (const line of lines) {
    // A Markdown "# Title" line is the title itself, shown from <title>.
    const rule =
      line === ''
        ? null
        : (junkLineRule(line, title) ?? (heading.exec(line)?.[2] === title ? 'duplicate-title' : null));
    // A dateline before any content is the publication date, not a paragraph.
    const date: string | null =
      line === '' || rule !== null || seenContent || publishedTime !== null ? null : readDateLine(line);
    if (rule !== null || date !== null) {
      removed.push({ rule: rule ?? 'dateline', line });
      publishedTime = date ?? publishedTime;
      kept.push('');
      continue;
    }
    if (line !== '') seenContent = true;
    kept.push(line);
  }
  const head = [
    '<meta charset="utf-8">',
    title === null ? '' : `<title>${escapeHtml(title)}</title>`,
    publishedTime === null ? '' : `<meta name="date" content="${publishedTime}">`,
  ].join('');
  const body = blocks(kept).map(renderBlock).join('\n');
  return {
    html: `<!DOCTYPE html><html><head>${head}</head><body><article>\n${body}\n</article></body></html>`,
    title,
    publishedTime,
    removed,
  };
}

/** The Markdown H1, else the first line that is neither furniture nor a dateline. */
function findTitle(lines: readonly string[]): string | null {
  const h1 = lines.map((line) => /^#\s+(.+?)\s*#*$/.exec(line)?.[1]).find((match) => match !== undefined);
  if (h1 !== undefined) return h1;
  return (
    lines.find((line) => line !== '' && junkLineRule(line, null) === null && readDateLine(line) === null) ??
    null
  );
}

function blocks(lines: readonly string[]): string[][] {
  const result: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line !== '') current.push(line);
    else if (current.length > 0) {
      result.push(current);
      current = [];
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

function renderBlock(block: readonly string[]): string {
  const parts: string[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) parts.push(`<p>${escapeHtml(paragraph.join(' '))}</p>`);
    if (items.length > 0)
      parts.push(`<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
    paragraph = [];
    items = [];
  };
  for (const line of block) {
    const headingMatch = heading.exec(line);
    const itemMatch = listItem.exec(line);
    if (headingMatch !== null) {
      flush();
      // The H1 is the title (in <title>); body headings start at h2.
      const level = Math.max(2, headingMatch[1]?.length ?? 2);
      parts.push(`<h${level}>${escapeHtml(headingMatch[2] ?? '')}</h${level}>`);
    } else if (itemMatch !== null) {
      if (paragraph.length > 0) flush();
      items.push(itemMatch[1] ?? '');
    } else {
      if (items.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return parts.join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
