// Times related-story suggestions on a synthetic library: articles of random words drawn from a
// Zipf-like vocabulary, with people, places and figures, grouped in small stories. Prints the time
// to compute one article's features and to answer getRelatedSuggestions, p50/p95 in ms.
// The time is that of the main thread: features are computed there, after the background entity
// suggestions of an imported or re-cleaned article, and suggestions are answered there.
// Run: npm run bench:related-speed [-- --articles 100000] [-- --queries 200]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CLEANER_VERSION } from '../../main/core/clean/cleaned-page.ts';
import { silentLogger } from '../../main/core/logger.ts';
import { createRelatedStories } from '../../main/core/related/related-api.ts';
import { insertArticle } from '../../main/core/store/article-repository.ts';
import { openDatabase } from '../../main/core/store/database.ts';
import { toArticleId } from '../../main/shared/ids.ts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

const articleCount = option('articles', 100_000);
const queryCount = option('queries', 200);
let seed = 42;
const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const syllables = 'ka ro mi te su na lo vi de pa zu or an el is ut ba ne fo gri'.split(' ');
const wordOf = (n: number): string => {
  let word = '';
  for (let k = n + 1; k > 0; k = Math.floor(k / syllables.length))
    word += syllables[k % syllables.length] ?? '';
  return word.length < 4 ? `${word}ex` : word;
};
// Zipf-like: low ranks are common words, high ranks rare ones.
const zipf = (size: number): number => Math.floor(size ** random()) - 1;

function syntheticArticle(n: number): { text: string; entities: [string, string][] } {
  const story = Math.floor(n / 4);
  const words: string[] = [];
  for (let i = 0; i < 400; i += 1) words.push(wordOf(zipf(50_000)));
  for (let i = 0; i < 10; i += 1) words.push(wordOf(100_000 + story));
  words.push(`${(story % 9000) + 1000} people`, `$${(story % 97) + 1}.5 billion`);
  const person = `${wordOf(200_000 + (story % 5000))} ${wordOf(300_000 + story)}`;
  const entities: [string, string][] = [
    [person.replace(/\b\w/gu, (c) => c.toUpperCase()), 'person'],
    [wordOf(400_000 + zipf(3000)).toUpperCase(), 'organisation'],
  ];
  return { text: words.join(' '), entities };
}

const percentile = (values: number[], p: number): number =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? 0;

const work = await mkdtemp(join(tmpdir(), 'dossier-related-speed-'));
const opened = openDatabase(join(work, 'library.sqlite'));
if (!opened.ok) throw new Error(opened.error.message);
const { db } = opened.value;
const related = createRelatedStories({ db, now: () => new Date(), logger: silentLogger });
try {
  const insertSuggestion = db.prepare(
    `INSERT INTO entity_suggestions (article_id, name, name_key, type, mentions_json, status) VALUES (?, ?, ?, ?, '[]', 'open')`,
  );
  const featureMs: number[] = [];
  const started = performance.now();
  // Building the library without waiting for the disk on every commit; the last 1000 articles (timed)
  // are stored with the library's own durability settings.
  db.exec('PRAGMA synchronous = OFF');
  for (let n = 0; n < articleCount; n += 1) {
    if (n === Math.max(0, articleCount - 1000)) db.exec('PRAGMA synchronous = FULL');
    const { text, entities } = syntheticArticle(n);
    const id = (() => {
      const inserted = insertArticle(
        db,
        {
          status: 'ok',
          title: `Story ${n}`,
          byline: null,
          siteName: null,
          publishedTime: new Date(Date.UTC(2025, 0, 1 + (n % 700))).toISOString(),
          url: null,
          lang: 'en',
          excerpt: null,
          wordCount: 400,
          html: '',
          text,
          capturedAt: null,
          charset: 'utf-8',
          removed: [],
          cleanerVersion: CLEANER_VERSION,
        },
        {
          sha256: `synthetic-${n}`,
          size: 1,
          storedPath: `originals/${n}`,
          fileName: `${n}.html`,
          filePath: `/${n}.html`,
          modifiedAt: null,
          addedAt: new Date().toISOString(),
        },
      );
      for (const [name, type] of entities) insertSuggestion.run(inserted, name, name.toLowerCase(), type);
      return inserted;
    })();
    const before = performance.now();
    related.refresh(id);
    featureMs.push(performance.now() - before);
    if ((n + 1) % 10_000 === 0)
      process.stderr.write(`${n + 1} articles, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  }
  const queryMs: number[] = [];
  for (let q = 0; q < queryCount; q += 1) {
    const id = toArticleId(1 + Math.floor(random() * articleCount));
    const before = performance.now();
    const answer = await related.api.getRelatedSuggestions({ id, limit: 10 });
    queryMs.push(performance.now() - before);
    if (!answer.ok) throw new Error(answer.error.message);
  }
  const recent = featureMs.slice(-Math.min(1000, featureMs.length));
  process.stdout.write(
    `related speed: ${articleCount} articles\n` +
      `  features of one article (last ${recent.length}): p50 ${percentile(recent, 0.5).toFixed(1)} ms, p95 ${percentile(recent, 0.95).toFixed(1)} ms\n` +
      `  getRelatedSuggestions (${queryCount} queries): p50 ${percentile(queryMs, 0.5).toFixed(1)} ms, p95 ${percentile(queryMs, 0.95).toFixed(1)} ms\n`,
  );
} finally {
  related.close();
  db.close();
  await rm(work, { recursive: true, force: true });
}
