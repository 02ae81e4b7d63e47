// Shared by the durability tests: distinct pages with a unique word each, and a library verifier
// that holds a library to every article a killed or failed import reported as committed.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect } from 'vitest';
import { checkLibrary, type CheckReport } from '../../../../main/core/integrity/check-library.ts';
import { repairLibrary } from '../../../../main/core/integrity/repair-library.ts';
import { openLibrary } from '../../../../main/core/library.ts';
import { writeTestFile } from '../../core/import/library-test-kit.ts';

/** A word found in exactly one page: letters only, so no tokenizer splits it. */
export function uniqueWord(index: number): string {
  let letters = '';
  let rest = index;
  do {
    letters = String.fromCharCode(97 + (rest % 26)) + letters;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return `qx${letters}vq`;
}

/** A word found in every page, to count the indexed articles. */
export const commonWord = 'everypagezz';

/** Writes `count` distinct small pages (plus `padding` bytes of text each) and returns their paths. */
export async function writePages(folder: string, count: number, padding = 0): Promise<string[]> {
  const filler = 'This paragraph is here so that the page reads as an article, with enough ordinary words. ';
  const extra = padding > 0 ? `<p>${'lorem ipsum dolor '.repeat(Math.ceil(padding / 18))}</p>` : '';
  const paths: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const word = uniqueWord(index);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page ${word}</title></head>
<body><article><h1>Page ${word}</h1><p>The word ${word} and ${commonWord} appear here. ${filler}</p>
<p>${filler}${filler}</p>${extra}</article></body></html>`;
    paths.push(await writeTestFile(join(folder, `page-${String(index).padStart(4, '0')}.html`), html));
  }
  return paths;
}

/** SHA-256 of a file's bytes. */
export async function sha256OfFile(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

/** Kinds of finding a crash may leave behind and `repairLibrary` clears; anything else is damage. */
const leftoversOfACrash = new Set(['temp-file', 'orphan-file', 'search-index']);

/** Checks a closed library, repairs crash leftovers, and asserts nothing was lost or damaged. */
export async function checkAndRepair(dir: string): Promise<CheckReport> {
  const report = await checkLibrary(dir);
  expect(report.database).toBe('sound');
  expect(report.findings.filter((finding) => !leftoversOfACrash.has(finding.kind))).toEqual([]);
  await repairLibrary(dir, report);
  const after = await checkLibrary(dir);
  expect(after.findings.filter((finding) => finding.severity === 'problem')).toEqual([]);
  return report;
}

interface StoredArticle {
  readonly id: number;
  readonly sha256: string;
  readonly path: string;
}

/** Every article row with its original, read straight from the database file. */
export function storedArticles(dir: string): Map<number, StoredArticle> {
  const db = new DatabaseSync(join(dir, 'library.sqlite'), { readOnly: true });
  try {
    const rows = db
      .prepare(
        `SELECT a.id AS id, o.sha256 AS sha256, o.path AS path
         FROM articles a JOIN originals o ON o.sha256 = a.original_sha256`,
      )
      .all() as unknown as StoredArticle[];
    const counts = db
      .prepare(
        'SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM originals) AS originals',
      )
      .get() as { articles: number; originals: number };
    // No row without its original row, and no original row without its article.
    expect(counts).toEqual({ articles: rows.length, originals: rows.length });
    return new Map(rows.map((row) => [row.id, row]));
  } finally {
    db.close();
  }
}

/** One article a process said it committed: its id, its source file and that file's page number. */
export interface CommittedArticle {
  readonly id: number;
  readonly sourcePath: string;
  readonly index: number;
}

/**
 * Asserts every committed article is in the database with its original byte-exact, and that the
 * search index (after the library reopens) holds exactly the database's articles.
 */
export async function verifyCommitted(dir: string, committed: readonly CommittedArticle[]): Promise<number> {
  const stored = storedArticles(dir);
  for (const article of committed) {
    const row = stored.get(article.id);
    expect(row, `article #${article.id} (${article.sourcePath})`).toBeDefined();
    const expected = await sha256OfFile(article.sourcePath);
    expect(row?.sha256).toBe(expected);
    expect(await sha256OfFile(join(dir, row?.path ?? ''))).toBe(expected);
  }
  const opened = await openLibrary({ dir, workerCount: 1 });
  if (!opened.ok) throw new Error(`reopen failed: ${opened.error.code} ${opened.error.message}`);
  const library = opened.value;
  try {
    const all = await library.search({ query: commonWord, limit: 1 });
    if (!all.ok) throw new Error(all.error.message);
    expect(all.value.total).toBe(stored.size);
    for (const article of committed) {
      const found = await library.search({ query: uniqueWord(article.index), limit: 5 });
      if (!found.ok) throw new Error(found.error.message);
      expect(found.value.hits.map((hit) => hit.article.id)).toEqual([article.id]);
    }
  } finally {
    await library.close();
  }
  return stored.size;
}
