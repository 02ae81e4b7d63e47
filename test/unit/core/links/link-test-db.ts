// A fresh library database with plain articles and the link API over it, recording its events.
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { createLinkApi, type LinkApi } from '../../../../main/core/links/article-links.ts';
import { openDatabase } from '../../../../main/core/store/database.ts';
import type { ArchiveEvent } from '../../../../main/shared/api.ts';
import type { ArticleId } from '../../../../main/shared/ids.ts';
import { addArticle } from '../entities/entity-test-db.ts';
import { tempDir } from '../import/library-test-kit.ts';

/** A test database, its articles, the link API, the events it emitted and a settable clock. */
export interface LinkTestDb {
  readonly db: DatabaseSync;
  /** Three articles, titled "Article 1", "Article 2" and "Article 3". */
  readonly a: ArticleId;
  readonly b: ArticleId;
  readonly c: ArticleId;
  readonly api: LinkApi;
  readonly events: ArchiveEvent[];
  readonly setNow: (iso: string) => void;
}

/** Opens a fresh database holding three articles. */
export async function linkTestDb(): Promise<LinkTestDb> {
  const opened = openDatabase(join(await tempDir(), 'library.sqlite'));
  if (!opened.ok) throw new Error(opened.error.message);
  const { db } = opened.value;
  const [a, b, c] = [1, 2, 3].map((n) => addArticle(db, `Text of article ${n}.`, n));
  if (a === undefined || b === undefined || c === undefined) throw new Error('Three articles expected');
  let now = new Date('2026-03-01T10:00:00.000Z');
  const events: ArchiveEvent[] = [];
  const api = createLinkApi({ db, now: () => now, emit: (event) => events.push(event) });
  return {
    db,
    a,
    b,
    c,
    api,
    events,
    setNow: (iso) => {
      now = new Date(iso);
    },
  };
}
