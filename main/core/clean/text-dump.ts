// Plain-text and Markdown dumps become a small HTML article, so they go through the same
// metadata, Readability and sanitizer passes as saved pages.
import type { RemovalOptions, RemovedBlock } from './junk-rule.ts';
import { junkLineRule, matchLineRule, readDateLine, type TextLineRule } from './text-dump-rules.ts';

/** An HTML rendering of a text dump, plus the furniture lines that were dropped (as cleaning-report blocks). */
export interface TextDumpArticle {
  readonly html: string;
  readonly title: string | null;
  readonly publishedTime: string | null;
  readonly removed: readonly RemovedBlock[];
}

/** The rule name and kind a removed line is reported under. */
type ReportedRule = Pick<TextLineRule, 'name' | 'kind'>;

/** Longest removed line kept in a RemovedBlock, as for HTML blocks. */
const maxReportedText = 300;

const heading = /^(#{1,6})\s+(.+?)\s*#*$/;
const listItem = /^(?:[-*+]|\d{1,3}[.)])\s+(.+)$/;

/**
 * Turns a text/Markdown dump into HTML: blank-line paragraphs, `#` headings, `-`/`*` lists; junk lines dropped
 * and reported with ids `${rule}:${n}`. Disabled rules and kept ids leave their lines in place.
 */
export function textDumpToHtml(text: string, options: RemovalOptions = {}): TextDumpArticle {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim());
  const title = findTitle(lines);
  const disabled = new Set(options.disabledRules ?? []);
  const keptIds = new Set(options.keptBlocks ?? []);
  const counters = new Map<string, number>();
  const removed: RemovedBlock[] = [];
  let publishedTime: string | null = null;
  let seenContent = false;
  const kept: string[] = [];
  for (const line of lines) {
    const rule = line === '' ? null : furnitureRule(line, title, disabled);
    // A dateline before any content is the publication date, not a paragraph.
    const date: string | null =
      line === '' || rule !== null || seenContent || publishedTime !== null ? null : readDateLine(line);
    publishedTime = date ?? publishedTime;
    const found = rule ?? (date === null || disabled.has('dateline') ? null : datelineRule);
    if (found !== null) {
      // Numbered whether or not the line is kept, so ids stay the same when a block is kept.
      const n = counters.get(found.name) ?? 0;
      counters.set(found.name, n + 1);
      const id = `${found.name}:${n}`;
      if (!keptIds.has(id)) {
        removed.push({ id, rule: found.name, kind: found.kind, text: reportedText(line) });
        kept.push('');
        continue;
      }
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

/** A dateline moves to the article's publication date: the report calls it metadata. */
const datelineRule: ReportedRule = { name: 'dateline', kind: 'metadata' };

/** The furniture rule a non-empty line matches; a Markdown "# Title" line is the title itself, shown from <title>. */
function furnitureRule(
  line: string,
  title: string | null,
  disabled: ReadonlySet<string>,
): ReportedRule | null {
  const rule = matchLineRule(line, title, disabled);
  if (rule !== null) return rule;
  const isTitleHeading = !disabled.has('duplicate-title') && heading.exec(line)?.[2] === title;
  return isTitleHeading ? { name: 'duplicate-title', kind: 'duplicate' } : null;
}

function reportedText(line: string): string {
  const text = line.replace(/\s+/g, ' ');
  return text.length > maxReportedText ? `${text.slice(0, maxReportedText - 1)}…` : text;
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
