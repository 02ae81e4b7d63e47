import type { ArticleDetail, ArticleExport } from '../../shared/types.ts';

/** The file formats an article exports to. */
export type ExportFormat = 'json' | 'markdown';

// A file name any OS accepts: the title's letters and digits, never a path separator.
function baseName(article: ArticleDetail): string {
  const slug = article.title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${article.id}-${slug === '' ? 'article' : slug}`;
}

/** The provenance fields every export carries, in reading order. */
export function provenanceFields(article: ArticleDetail): Record<string, string | number | null> {
  const p = article.provenance;
  return {
    title: article.title,
    byline: article.byline,
    site: article.siteName,
    published: article.publishedTime,
    captured: p.capturedAt,
    added: article.addedAt,
    url: article.url,
    sha256: p.sha256,
    size: p.size,
    charset: p.charset,
    original_file_name: p.fileName,
    original_file_path: p.filePath,
    original_modified: p.modifiedAt,
    cleaner_version: p.cleanerVersion,
  };
}

// JSON strings are valid YAML double-quoted scalars, so quoting needs no YAML library.
function frontMatter(fields: Record<string, string | number | null>): string {
  const lines = Object.entries(fields).map(([key, value]) => {
    if (value === null) return `${key}: null`;
    return `${key}: ${typeof value === 'number' ? String(value) : JSON.stringify(value)}`;
  });
  return `---\n${lines.join('\n')}\n---\n`;
}

/** Markdown with the provenance as YAML front matter, then one paragraph per text block. */
function toMarkdown(article: ArticleDetail): string {
  const blocks = article.text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return `${frontMatter(provenanceFields(article))}\n${blocks.join('\n\n')}\n`;
}

/** An article as a downloadable file: JSON (metadata, provenance, text, html) or Markdown. */
export function exportArticle(article: ArticleDetail, format: ExportFormat): ArticleExport {
  if (format === 'markdown') {
    return { fileName: `${baseName(article)}.md`, mimeType: 'text/markdown', content: toMarkdown(article) };
  }
  return {
    fileName: `${baseName(article)}.json`,
    mimeType: 'application/json',
    content: `${JSON.stringify(article, null, 2)}\n`,
  };
}
