import type { ArticleExport } from '../../shared/types.ts';
import type { StoryThread, ThreadArticle } from '../../shared/thread-types.ts';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "12 March 2024", read in UTC so the same file comes out in every time zone. */
export function citationDate(iso: string): string {
  const date = new Date(iso);
  return `${date.getUTCDate()} ${months[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

function siteOf(article: ThreadArticle): string | null {
  if (article.siteName !== null && article.siteName.trim() !== '') return article.siteName.trim();
  if (article.url === null) return null;
  try {
    return new URL(article.url).hostname.replace(/^www\./u, '');
  } catch {
    return null;
  }
}

// One line per item: titles can carry newlines and Markdown list markers must not start a line.
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** "1. Title — Site, 12 March 2024. <URL>" */
export function citation(article: ThreadArticle, position: number): string {
  const site = siteOf(article);
  const source = [site, citationDate(article.date)].filter((part) => part !== null).join(', ');
  const url = article.url === null ? '' : ` <${article.url}>`;
  return `${position}. ${oneLine(article.title)} — ${source}.${url}`;
}

// How each article relates to the ones before it, e.g. "Follow-up to 1; same story as 2".
function relationNotes(thread: StoryThread, index: number): string[] {
  const position = new Map(thread.articles.map((article, i) => [article.id, i]));
  const self = thread.articles[index];
  if (self === undefined) return [];
  const notes: string[] = [];
  for (const link of thread.links) {
    const outgoing = link.sourceId === self.id;
    if (!outgoing && link.targetId !== self.id) continue;
    const other = position.get(outgoing ? link.targetId : link.sourceId);
    if (other === undefined || other >= index) continue;
    const note = link.note === null ? '' : ` (“${oneLine(link.note)}”)`;
    notes.push(`${outgoing ? link.label : link.incomingLabel} ${other + 1}${note}`);
  }
  return notes;
}

/** A file name from the thread's name: lower-case words joined by hyphens. */
export function threadFileName(name: string | null, articleId: number): string {
  const slug = (name ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 80);
  return `${slug === '' ? `thread-${articleId}` : slug}.md`;
}

/** The thread as a Markdown reading list with citations, oldest first. */
export function threadMarkdown(thread: StoryThread): ArticleExport {
  const first = thread.articles[0];
  const title = thread.name?.name ?? `Thread: ${oneLine(first?.title ?? `article ${thread.articleId}`)}`;
  const lines = [`# ${oneLine(title)}`, ''];
  thread.articles.forEach((article, index) => {
    lines.push(citation(article, index + 1));
    const notes = relationNotes(thread, index);
    if (notes.length > 0) lines.push(`   ${notes.join('; ')}.`);
  });
  if (thread.truncated) lines.push('', `_Only the first ${thread.articles.length} articles are listed._`);
  return {
    fileName: threadFileName(thread.name?.name ?? null, thread.articleId),
    mimeType: 'text/markdown',
    content: `${lines.join('\n')}\n`,
  };
}
