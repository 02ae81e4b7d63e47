// A fresh library database with six plain articles, their dates settable, and the thread API over it.
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { createEntity } from '../../../../main/core/store/entity-repository.ts';
import { insertLink } from '../../../../main/core/store/link-repository.ts';
import { insertMention } from '../../../../main/core/store/mention-repository.ts';
import { openDatabase } from '../../../../main/core/store/database.ts';
import { createThreadApi, type ThreadApi } from '../../../../main/core/threads/thread-api.ts';
import type { ArchiveEvent } from '../../../../main/shared/api.ts';
import type { ArticleId, EntityId } from '../../../../main/shared/ids.ts';
import { addArticle } from '../entities/entity-test-db.ts';
import { tempDir } from '../import/library-test-kit.ts';

/** A test database with its articles (titled "Article 1" … "Article n"), the thread API and its events. */
export interface ThreadTestDb {
  readonly db: DatabaseSync;
  /** Eight articles, oldest id first. */
  readonly ids: Eight<ArticleId>;
  readonly api: ThreadApi;
  readonly events: ArchiveEvent[];
  /** Links two articles with a type, as stored by the link API. */
  readonly link: (sourceId: ArticleId, targetId: ArticleId, type: string, note?: string) => void;
  /** Sets the article's published, captured and added dates (null clears the first two). */
  readonly dates: (
    id: ArticleId,
    dates: { published?: string | null; captured?: string | null; added?: string },
  ) => void;
  /** Creates an entity and mentions it once in each of the articles. */
  readonly mention: (name: string, articleIds: readonly ArticleId[]) => EntityId;
}

type Eight<T> = readonly [T, T, T, T, T, T, T, T];

/** Opens a fresh database holding eight articles. */
export async function threadTestDb(): Promise<ThreadTestDb> {
  const opened = openDatabase(join(await tempDir(), 'library.sqlite'));
  if (!opened.ok) throw new Error(opened.error.message);
  const { db } = opened.value;
  const made = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => addArticle(db, `Text of article ${n}.`, n));
  const ids = made as unknown as Eight<ArticleId>;
  const events: ArchiveEvent[] = [];
  const now = new Date('2026-03-01T10:00:00.000Z');
  const api = createThreadApi({ db, now: () => now, emit: (event) => events.push(event) });
  const at = now.toISOString();
  let offset = 0;
  return {
    db,
    ids,
    api,
    events,
    link: (sourceId, targetId, type, note) => {
      insertLink(db, {
        sourceId,
        targetId,
        type,
        note: note ?? null,
        madeBy: 'person',
        createdAt: at,
        updatedAt: at,
      });
    },
    dates: (id, { published, captured, added }) => {
      if (published !== undefined)
        db.prepare('UPDATE articles SET published_time = ? WHERE id = ?').run(published, id);
      if (added !== undefined) db.prepare('UPDATE articles SET added_at = ? WHERE id = ?').run(added, id);
      if (captured !== undefined)
        db.prepare('UPDATE provenance SET captured_at = ? WHERE article_id = ?').run(captured, id);
    },
    mention: (name, articleIds) => {
      const entityId = createEntity(db, name, 'person', now);
      for (const articleId of articleIds) {
        offset += 1;
        insertMention(db, {
          articleId,
          entityId,
          start: offset,
          end: offset + 1,
          text: 'x',
          prefix: '',
          suffix: '',
          madeBy: 'person',
          createdAt: at,
        });
      }
      return entityId;
    },
  };
}
