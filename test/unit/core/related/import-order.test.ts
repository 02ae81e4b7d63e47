import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlesKey } from '../../../../main/core/store/related-recount-repository.ts';
import type { ArticleId } from '../../../../main/shared/ids.ts';
import { importFixturePages } from '../../../bench/related/import-fixture-pages.ts';
import { relatedFixturesDir } from '../../../bench/related/related-manifest.ts';
import { openTestLibrary, tempDir } from '../import/library-test-kit.ts';
import { addArticle, relatedTestDb, suggestionsFor, type TestArticle } from './related-test-db.ts';

// Issue 6: exploratory testing found the same saved pages giving other suggestions by the order they
// were imported in (held-out-10's Porto follow-up suggested its first report, or nothing). Each
// article kept the terms and weights the document counts of its moment gave; now those computed
// while the library was a step of its size smaller are recomputed in the background
// (features-catch-up.ts). The pages are cleaned and given entity suggestions by a real import once;
// their articles are then added to two libraries in two orders, each article's features computed
// before the next is added, as an import does.

/**
 * Held-out-10's 18 pages and 12 pages of held-out-12 (other stories), as in the issue: 30 articles,
 * where the library crosses a step of its size (library-scale.ts), so that adding the last one has
 * every other recomputed with the counts it then has.
 */
const storyDir = join(relatedFixturesDir, 'held-out-10', 'pages');
const otherDir = join(relatedFixturesDir, 'held-out-12', 'pages');
const pages = (dir: string, count?: number): string[] =>
  readdirSync(dir)
    .sort()
    .slice(0, count)
    .map((file) => join(dir, file));

/** Each page's article as the import left it: its text, language, date and entity suggestions. */
async function importedArticles(paths: readonly string[]): Promise<Map<string, TestArticle>> {
  const dir = await tempDir();
  const library = await openTestLibrary(dir);
  const ids = await importFixturePages(library, paths);
  const db = new DatabaseSync(join(dir, 'library.sqlite'), { readOnly: true });
  try {
    const article = db.prepare('SELECT title, text, lang, published_time FROM articles WHERE id = ?');
    const entities = db.prepare(
      "SELECT name, type FROM entity_suggestions WHERE article_id = ? AND status <> 'rejected' ORDER BY name, type",
    );
    const out = new Map<string, TestArticle>();
    for (const [file, id] of ids) {
      const row = article.get(id) as {
        title: string;
        text: string;
        lang: string | null;
        published_time: string | null;
      };
      const found = entities.all(id) as { name: string; type: string }[];
      out.set(file, {
        title: row.title,
        text: row.text,
        ...(row.lang === null ? {} : { lang: row.lang }),
        ...(row.published_time === null ? {} : { date: row.published_time.slice(0, 10) }),
        entities: found.map((e) => [e.name, e.type] as const),
      });
    }
    return out;
  } finally {
    db.close();
  }
}

/**
 * Every article's suggestions (by file name) in a library the files were added to in `order`;
 * `pretend`: the library is taken to hold that many other articles first (as thousands of pages
 * cannot be stored in a unit test), so past the last step at which every article is recomputed.
 */
async function suggestionsInOrder(
  articles: ReadonlyMap<string, TestArticle>,
  order: readonly string[],
  pretend = 0,
): Promise<Map<string, string[]>> {
  const { db, related } = await relatedTestDb();
  db.prepare('INSERT INTO related_df (key, df) VALUES (?, ?)').run(articlesKey, pretend);
  const fileOf = new Map<ArticleId, string>();
  for (const file of order) {
    const id = addArticle(db, articles.get(file) as TestArticle);
    fileOf.set(id, file);
    related.refresh(id);
    related.flush();
  }
  expect(await related.settled()).toBe(true);
  const out = new Map<string, string[]>();
  for (const [id, file] of fileOf) {
    const suggested = (await suggestionsFor(related, id)).map((s) => ({
      file: fileOf.get(s.article.id) ?? '',
      score: s.score,
    }));
    // Equal scores are ordered by article id, which differs between the two libraries: by file here.
    suggested.sort((a, b) => b.score - a.score || (a.file < b.file ? -1 : 1));
    out.set(
      file,
      suggested.map((s) => `${s.file} ${s.score.toFixed(3)}`),
    );
  }
  return out;
}

const story = pages(storyDir, 18).map((path) => basename(path));
const others = pages(otherDir, 12).map((path) => basename(path));
let articles = new Map<string, TestArticle>();

beforeAll(async () => {
  articles = await importedArticles([...pages(storyDir, 18), ...pages(otherDir, 12)]);
}, 180_000);

describe('suggestions whatever order the pages were imported in (issue 6)', () => {
  it('gives every article the same suggestions whether its story or other pages came first', async () => {
    const storyFirst = await suggestionsInOrder(articles, [...story, ...others]);
    const othersFirst = await suggestionsInOrder(articles, [...others, ...story]);

    expect(othersFirst).toEqual(storyFirst);
  }, 60_000);

  it('gives the same suggestions in either order in a library past the last step of its size', async () => {
    // Past 3,757 articles the library's size no longer recomputes anyone: the articles keeping a word
    // whose count has moved by a step since are recomputed instead (pending-keys-pass.ts).
    const storyFirst = await suggestionsInOrder(articles, [...story, ...others], 5000);
    const othersFirst = await suggestionsInOrder(articles, [...others, ...story], 5000);

    expect(othersFirst).toEqual(storyFirst);
  }, 60_000);
});
