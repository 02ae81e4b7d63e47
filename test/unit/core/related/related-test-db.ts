// A fresh library database with hand-made articles and entity suggestions, and the related-stories
// engine over it: scoring tests need no cleaning worker and no background suggester.
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach } from 'vitest';
import { silentLogger } from '../../../../main/core/logger.ts';
import { termCountWatch } from '../../../../main/core/related/library-scale.ts';
import { createRelatedStories, type RelatedStories } from '../../../../main/core/related/related-api.ts';
import type { ArticleSearch } from '../../../../main/core/search/article-search.ts';
import { openDatabase } from '../../../../main/core/store/database.ts';
import type { TrashContext, TrashHooks } from '../../../../main/core/trash/trash-articles.ts';
import type { ArticleId } from '../../../../main/shared/ids.ts';
import type { RelatedSuggestion } from '../../../../main/shared/types.ts';
import { tempDir } from '../import/library-test-kit.ts';
import { insertPlainArticle } from '../../support/plain-article-db.ts';

/** One test article: its text, the entities the suggester found in it, its date and URL. */
export interface TestArticle {
  readonly text: string;
  readonly entities?: readonly (readonly [name: string, type: string])[];
  /** YYYY-MM-DD. */
  readonly date?: string;
  readonly url?: string;
  readonly lang?: string;
  /** The headline; the text's first 40 characters when not given. */
  readonly title?: string;
}

const opened: RelatedStories[] = [];
afterEach(() => {
  for (const related of opened.splice(0)) related.close();
});

let serial = 0;

/** Stores an article with its entity suggestions and returns its id. */
export function addArticle(db: DatabaseSync, article: TestArticle): ArticleId {
  serial += 1;
  const id = insertPlainArticle(db, serial, {
    title: article.title ?? article.text.slice(0, 40),
    text: article.text,
    wordCount: article.text.split(' ').length,
    addedAt: '2026-01-01T00:00:00.000Z',
    ...(article.date === undefined ? {} : { publishedTime: `${article.date}T09:00:00.000Z` }),
    ...(article.url === undefined ? {} : { url: article.url }),
    ...(article.lang === undefined ? {} : { lang: article.lang }),
  });
  if (article.url !== undefined)
    db.prepare('UPDATE articles SET normalized_url = ? WHERE id = ?').run(article.url, id);
  const insert = db.prepare(
    `INSERT INTO entity_suggestions (article_id, name, name_key, type, mentions_json, status)
     VALUES (?, ?, ?, ?, '[]', 'open')`,
  );
  for (const [name, type] of article.entities ?? []) insert.run(id, name, name.toLowerCase(), type);
  return id;
}

async function freshDatabase(): Promise<DatabaseSync> {
  const result = openDatabase(join(await tempDir(), 'library.sqlite'));
  if (!result.ok) throw new Error(result.error.message);
  return result.value.db;
}

/** A fresh database and the related-stories engine over it. */
export async function relatedTestDb(): Promise<{ db: DatabaseSync; related: RelatedStories }> {
  const db = await freshDatabase();
  return { db, related: relatedOver(db) };
}

/** Another engine over the same database (as after reopening the library). */
export function relatedOver(db: DatabaseSync): RelatedStories {
  const related = createRelatedStories({
    db,
    now: () => new Date('2026-03-01T00:00:00Z'),
    logger: silentLogger,
  });
  opened.push(related);
  return related;
}

/** An engine whose background turns the test runs itself, one article a turn. */
export interface SteppedEngine {
  readonly db: DatabaseSync;
  readonly related: RelatedStories;
  /** Runs the next turn (given one more turn of the event loop to be queued); false when none was waiting. */
  readonly turn: () => Promise<boolean>;
  /** Runs the next turn and writes what it computed. */
  readonly step: () => Promise<void>;
  /** Writes what waits, runs every turn (writing what each computed) until none is left, and writes again. */
  readonly drain: () => Promise<void>;
}

/** An engine over `db` (a fresh database when not given) whose background turns the test runs. */
export async function steppedEngine(given?: DatabaseSync): Promise<SteppedEngine> {
  const db = given ?? (await freshDatabase());
  const queue: (() => void)[] = [];
  const related = createRelatedStories({
    db,
    now: () => new Date('2026-03-01T00:00:00Z'),
    logger: silentLogger,
    catchUpTurns: { schedule: (turn) => void queue.push(turn), ms: 0 },
  });
  opened.push(related);
  // A finished pass queues its next check a promise later: an empty queue is given one more turn of
  // the event loop before it counts as empty.
  const turn = async (): Promise<boolean> => {
    if (queue.length === 0) await new Promise((resolve) => setImmediate(resolve));
    const next = queue.shift();
    next?.();
    return next !== undefined;
  };
  const step = async (): Promise<void> => {
    await turn();
    related.flush();
  };
  const drain = async (): Promise<void> => {
    related.flush();
    for (let turns = 0; turns < 10_000 && (await turn()); turns += 1) related.flush();
    related.flush();
  };
  return { db, related, turn, step, drain };
}

// Tests trash hand-made articles straight from the database: no search index to keep current.
const noSearch = {
  add: () => undefined,
  remove: () => undefined,
  persist: () => Promise.resolve(),
} as unknown as ArticleSearch;

/** Trash hooks that only watch the counts, as the store did before the engine was told of a Trash. */
export const countingTrashHooks: TrashHooks = {
  countWatch: termCountWatch,
  beforeMove: () => undefined,
  afterRestore: () => undefined,
};

/** The Trash over a test database (no search index), telling `hooks` (an engine's `trashHooks`). */
export function trashOver(db: DatabaseSync, hooks: TrashHooks, dir = ''): TrashContext {
  return { dir, db, search: noSearch, now: () => new Date('2026-03-02T00:00:00Z'), hooks };
}

/**
 * Stores articles, gives each its features, and returns their ids (one per article, in order). Each
 * article's features are written before the next one's are computed, so that each reads the document
 * counts of those before it, whatever group the engine would write them in.
 */
export function addArticles<const T extends readonly TestArticle[]>(
  db: DatabaseSync,
  related: RelatedStories,
  articles: T,
): { -readonly [K in keyof T]: ArticleId } {
  const ids = articles.map((article) => addArticle(db, article));
  for (const id of ids) {
    related.refresh(id);
    related.flush();
  }
  return ids as { -readonly [K in keyof T]: ArticleId };
}

/** The suggestions for an article (throws on a failed call). */
export async function suggestionsFor(
  related: RelatedStories,
  id: ArticleId,
  limit?: number,
): Promise<RelatedSuggestion[]> {
  const result = await related.api.getRelatedSuggestions({ id, ...(limit === undefined ? {} : { limit }) });
  if (!result.ok) throw new Error(result.error.message);
  return [...result.value.suggestions];
}

/** Ordinary sentences on unrelated subjects, so that a test library has a realistic vocabulary. */
export const fillerTopics: readonly TestArticle[] = [
  {
    text: 'The city council approved a new budget for public libraries and swimming pools on Tuesday evening.',
  },
  {
    text: 'A bakery chain reported higher sales of bread and pastries after a warm and sunny summer season.',
  },
  {
    text: 'Scientists described a new species of beetle found in a tropical forest, with bright green wings.',
  },
  { text: 'The football club signed a young goalkeeper from a rival team for an undisclosed fee this week.' },
  {
    text: 'A museum opened an exhibition of old maps and travel diaries collected by sailors and merchants.',
  },
  { text: 'Farmers complained that heavy rain delayed the harvest of potatoes and wheat across the region.' },
];

/** Arms-control talks naming two rare people: the first report of a story. */
export const talks = {
  text: 'Sergey Lavrov met Anatoly Antonov in Geneva to prepare arms control talks on strategic missiles and warheads.',
  entities: [
    ['Sergey Lavrov', 'person'],
    ['Anatoly Antonov', 'person'],
  ],
  date: '2026-02-01',
} as const;

/** Its follow-up two days later, in other words, naming the same two people. */
export const followUp = {
  text: 'Negotiations stalled over warheads, an envoy said, after the two ministers left without agreeing on a date. Antonov and Lavrov will write to each other.',
  entities: [
    ['Anatoly Antonov', 'person'],
    ['Sergey Lavrov', 'person'],
  ],
  date: '2026-02-03',
} as const;
